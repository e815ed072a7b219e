package dev.staybook.notifications.internal.integration;

import dev.staybook.identity.api.event.UserRegistered;
import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.notifications.internal.domain.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The welcome mail. Identity fires its events synchronously inside its own transaction (it has no
 * outbox), so the mail is queued in that same transaction: it exists if and only if the account does.
 * Observing after the commit instead could lose the mail in a crash between the two.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountMails {

    @Inject
    MailQueue queue;

    void registered(@Observes UserRegistered event) {
        queue.to(new Recipient(event.email(), event.name()), "UserRegistered:" + event.userId(), MailTexts.welcome(event.name()));
    }
}
