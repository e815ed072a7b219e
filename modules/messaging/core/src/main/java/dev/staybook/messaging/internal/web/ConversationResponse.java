package dev.staybook.messaging.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.messaging.internal.domain.Conversation;
import dev.staybook.messaging.internal.domain.ConversationKind;
import java.time.Instant;

/** A conversation as the caller sees it, with how many messages they have not read. */
public record ConversationResponse(String id, ConversationKind kind, String bookingId, String listingId, String guestId,
                                   String hostId, Instant lastMessageAt, int messageCount, int unreadCount) {

    static ConversationResponse of(Conversation c, Caller viewer) {
        return new ConversationResponse(c.id().toString(), c.kind(), c.bookingId() == null ? null : c.bookingId().toString(),
                c.listingId().toString(), c.guestId().toString(), c.hostId().toString(), c.lastMessageAt(), c.messageCount(),
                c.unreadFor(viewer.id()));
    }
}
