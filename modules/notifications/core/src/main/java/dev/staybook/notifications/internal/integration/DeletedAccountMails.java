package dev.staybook.notifications.internal.integration;

import dev.staybook.identity.api.event.AccountDeleted;
import dev.staybook.notifications.internal.persistence.AccountNotifications;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Once an account is deleted, its mails go: pending ones are never sent, sent ones are no longer kept. (A mail a worker
 * has already claimed may still leave; recording its outcome then finds nothing.)
 */
@ApplicationScoped
public class DeletedAccountMails implements EventSubscriber {

    @Inject
    AccountNotifications mails;

    @Override
    public String name() {
        return "notifications.deleted-accounts";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(AccountDeleted.class, event -> mails.forgetMailsTo(event.userId()));
    }
}
