package dev.staybook.listings.internal.integration;

import dev.staybook.identity.api.event.AccountDeleted;
import dev.staybook.identity.api.event.UserSuspended;
import dev.staybook.listings.internal.application.ClosedAccountListings;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A deleted host's listings leave the catalogue and a deleted user's wishlists go; a suspended host's listings are
 * unpublished. (Named before suspensions were handled here: the name is the subscriber's delivery record.)
 */
@ApplicationScoped
public class DeletedAccounts implements EventSubscriber {

    @Inject
    ClosedAccountListings listings;

    @Override
    public String name() {
        return "listings.deleted-accounts";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder()
                .on(AccountDeleted.class, event -> listings.accountDeleted(event.userId()))
                .on(UserSuspended.class, event -> listings.hostSuspended(event.userId()));
    }
}
