package dev.staybook.messaging.internal.domain;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Forbidden;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A conversation between a guest and a host, about one booking or, before any booking, about a listing.
 *
 * <p>Lifecycle: starts with its first message (one per booking, one inquiry per guest and listing) and
 * never ends. Invariants: only its guest and host write and mark messages read; administrators may read
 * it and nobody else may know it exists (404); messages are numbered 1, 2, 3... without gaps; a
 * participant's read marker never moves back and always covers their own messages, so their unread
 * count is simply the messages after it.
 */
@Entity
@Table(name = "conversations")
public class Conversation {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConversationKind kind;
    @Column(name = "booking_id")
    private UUID bookingId;
    @Column(name = "listing_id", nullable = false)
    private UUID listingId;
    @Column(name = "guest_id", nullable = false)
    private UUID guestId;
    @Column(name = "host_id", nullable = false)
    private UUID hostId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;
    @Column(name = "message_count", nullable = false)
    private int messageCount;
    @Column(name = "guest_read_up_to", nullable = false)
    private int guestReadUpTo;
    @Column(name = "host_read_up_to", nullable = false)
    private int hostReadUpTo;
    @Version
    private long version;

    protected Conversation() {
        // for JPA
    }

    private Conversation(UUID id, ConversationKind kind, UUID bookingId, UUID listingId, UserId guestId, UserId hostId, Instant now) {
        this.id = id;
        this.kind = kind;
        this.bookingId = bookingId;
        this.listingId = listingId;
        this.guestId = guestId.value();
        this.hostId = hostId.value();
        this.createdAt = now;
        this.lastMessageAt = now;
    }

    public static Conversation aboutBooking(UUID id, BookingParties booking, Instant now) {
        return new Conversation(id, ConversationKind.BOOKING, booking.bookingId(), booking.listingId(), booking.guestId(),
                booking.hostId(), now);
    }

    /** A guest's questions to a host before booking; a host cannot inquire about their own listing (403). */
    public static Conversation inquiry(UUID id, UUID listingId, UserId guestId, UserId hostId, Instant now) {
        if (guestId.equals(hostId)) {
            throw new Forbidden("own-listing", "Hosts cannot send inquiries about their own listing.");
        }
        return new Conversation(id, ConversationKind.INQUIRY, null, listingId, guestId, hostId, now);
    }

    /** Sends a message from one of the two participants (404 for anyone else, 403 for administrators). */
    public Message post(Caller sender, MessageText text, UUID messageId, Instant now) {
        requireParticipant(sender);
        messageCount++;
        lastMessageAt = now;
        markReadBy(sender.id(), messageCount);
        return new Message(messageId, id, messageCount, sender.id(), text, now);
    }

    /** Moves the reader's marker up to the given message; never back. */
    public void markRead(Caller reader, int upToSeq) {
        requireParticipant(reader);
        if (upToSeq < 1 || upToSeq > messageCount) {
            throw InvalidInput.field("messageId", "is not a message of this conversation");
        }
        markReadBy(reader.id(), upToSeq);
    }

    private void markReadBy(UserId reader, int upToSeq) {
        if (reader.value().equals(guestId)) {
            guestReadUpTo = Math.max(guestReadUpTo, upToSeq);
        } else {
            hostReadUpTo = Math.max(hostReadUpTo, upToSeq);
        }
    }

    /** Fails with 404 unless the caller may read the conversation: a participant or an administrator. */
    public void requireVisibleTo(Caller caller) {
        if (!isParticipant(caller.id()) && !caller.isAdmin()) {
            throw notFound();
        }
    }

    /** Fails with 404 for anyone but the participants and administrators, and with 403 for administrators. */
    public void requireParticipant(Caller caller) {
        requireVisibleTo(caller);
        if (!isParticipant(caller.id())) {
            throw new Forbidden("read-only", "Administrators may read conversations but not write in them.");
        }
    }

    public boolean isParticipant(UserId user) {
        return user.value().equals(guestId) || user.value().equals(hostId);
    }

    /** Messages the user has not read yet; 0 for someone who is not a participant. */
    public int unreadFor(UserId user) {
        if (user.value().equals(guestId)) {
            return messageCount - guestReadUpTo;
        }
        return user.value().equals(hostId) ? messageCount - hostReadUpTo : 0;
    }

    public UserId otherThan(UserId participant) {
        return new UserId(participant.value().equals(guestId) ? hostId : guestId);
    }

    public static NotFound notFound() {
        return new NotFound("conversation-not-found", "There is no such conversation.");
    }

    public UUID id() {
        return id;
    }

    public ConversationKind kind() {
        return kind;
    }

    public UUID bookingId() {
        return bookingId;
    }

    public UUID listingId() {
        return listingId;
    }

    public UserId guestId() {
        return new UserId(guestId);
    }

    public UserId hostId() {
        return new UserId(hostId);
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }

    public int messageCount() {
        return messageCount;
    }
}
