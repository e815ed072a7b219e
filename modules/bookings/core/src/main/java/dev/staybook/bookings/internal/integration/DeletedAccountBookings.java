package dev.staybook.bookings.internal.integration;

import dev.staybook.bookings.internal.persistence.AccountBookings;
import dev.staybook.identity.api.event.AccountDeleted;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Once an account is deleted, its bookings keep their dates, amounts and parties' ids, but lose the user's words. */
@ApplicationScoped
public class DeletedAccountBookings implements EventSubscriber {

    @Inject
    AccountBookings bookings;

    @Override
    public String name() {
        return "bookings.deleted-accounts";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(AccountDeleted.class, event -> bookings.forgetWordsOf(event.userId()));
    }
}
