package dev.staybook.messaging.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.messaging.internal.domain.Conversation;
import dev.staybook.messaging.internal.domain.ConversationKind;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conversation as the caller sees it, with how many messages they have not read. */
@Schema(requiredProperties = {"id", "kind", "listingId", "guestId", "hostId", "lastMessageAt", "messageCount", "unreadCount"})
public record ConversationResponse(@Schema(format = "uuid") String id, ConversationKind kind, @Schema(format = "uuid") String bookingId,
                                   @Schema(format = "uuid") String listingId, @Schema(format = "uuid") String guestId,
                                   @Schema(format = "uuid") String hostId, Instant lastMessageAt, int messageCount, int unreadCount) {

    static ConversationResponse of(Conversation c, Caller viewer) {
        return new ConversationResponse(c.id().toString(), c.kind(), c.bookingId() == null ? null : c.bookingId().toString(),
                c.listingId().toString(), c.guestId().toString(), c.hostId().toString(), c.lastMessageAt(), c.messageCount(),
                c.unreadFor(viewer.id()));
    }
}
