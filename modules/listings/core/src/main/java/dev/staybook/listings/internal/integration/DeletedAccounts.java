package dev.staybook.listings.internal.integration;

import dev.staybook.identity.api.event.AccountDeleted;
import dev.staybook.listings.internal.application.DeletedAccountListings;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A deleted host's listings leave the catalogue; a deleted user's wishlists go. */
@ApplicationScoped
public class DeletedAccounts implements EventSubscriber {

    @Inject
    DeletedAccountListings listings;

    @Override
    public String name() {
        return "listings.deleted-accounts";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(AccountDeleted.class, event -> listings.accountDeleted(event.userId()));
    }
}
