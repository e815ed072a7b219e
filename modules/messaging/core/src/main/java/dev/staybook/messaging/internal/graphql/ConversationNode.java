package dev.staybook.messaging.internal.graphql;

import dev.staybook.identity.api.Caller;
import dev.staybook.messaging.internal.domain.Conversation;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A conversation as the caller sees it, with one page of its messages, newest first. */
@Name("Conversation")
@Description("A conversation between a guest and a host, about a booking or a listing")
public final class ConversationNode {

    @Id
    @NonNull
    public final String id;
    public final String kind;
    @Id
    public final String bookingId;
    @Id
    public final String listingId;
    @Id
    public final String guestId;
    @Id
    public final String hostId;
    public final String lastMessageAt;
    public final int messageCount;
    @Description("Messages the caller has not read")
    public final int unreadCount;
    @Description("Newest first")
    public final List<MessageNode> messages;
    @Description("Where older messages start, null after the oldest")
    public final String nextCursor;

    ConversationNode(Conversation c, Caller viewer, List<MessageNode> messages, String nextCursor) {
        this.id = c.id().toString();
        this.kind = c.kind().name();
        this.bookingId = c.bookingId() == null ? null : c.bookingId().toString();
        this.listingId = c.listingId().toString();
        this.guestId = c.guestId().toString();
        this.hostId = c.hostId().toString();
        this.lastMessageAt = c.lastMessageAt() == null ? null : c.lastMessageAt().toString();
        this.messageCount = c.messageCount();
        this.unreadCount = c.unreadFor(viewer.id());
        this.messages = messages;
        this.nextCursor = nextCursor;
    }
}
