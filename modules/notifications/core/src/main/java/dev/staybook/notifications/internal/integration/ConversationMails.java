package dev.staybook.notifications.internal.integration;

import dev.staybook.identity.api.PublicProfile;
import dev.staybook.identity.api.UserDirectory;
import dev.staybook.messaging.api.event.MessageSent;
import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A mail to the recipient of each message, naming its sender and the listing it is about. */
@ApplicationScoped
public class ConversationMails implements EventSubscriber {

    @Inject
    MailQueue queue;
    @Inject
    UserDirectory users;
    @Inject
    ListingTitles listings;

    @Override
    public String name() {
        return "notifications.conversation-mails";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(MessageSent.class, event -> {
            String sender = users.publicProfile(event.senderId()).map(PublicProfile::name).orElse("Someone");
            String listing = listings.title(event.listingId());
            queue.toUser(event.recipientId(), event.eventId(), name -> MailTexts.newMessage(name, sender, listing, event.excerpt()));
        });
    }
}
