package dev.staybook.notifications.internal.integration;

import dev.staybook.messaging.api.event.MessageSent;
import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.MailTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A mail to the recipient of each message. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ConversationMails {

    @Inject
    MailQueue queue;

    void sent(@Observes MessageSent event) {
        queue.toUser(event.recipientId(), event.eventId(), name -> MailTexts.newMessage(name, event.excerpt()));
    }
}
