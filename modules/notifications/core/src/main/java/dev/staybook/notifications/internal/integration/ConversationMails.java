package dev.staybook.notifications.internal.integration;

import dev.staybook.messaging.api.event.MessageSent;
import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A mail to the recipient of each message. */
@ApplicationScoped
public class ConversationMails implements EventSubscriber {

    @Inject
    MailQueue queue;

    @Override
    public String name() {
        return "notifications.conversation-mails";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(MessageSent.class, event -> queue.toUser(event.recipientId(), event.eventId(),
                name -> MailTexts.newMessage(name, event.excerpt())));
    }
}
