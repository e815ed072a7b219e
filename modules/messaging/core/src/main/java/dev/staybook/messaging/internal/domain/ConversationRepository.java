package dev.staybook.messaging.internal.domain;

import dev.staybook.identity.api.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conversations by id, by booking, by inquiry, and a participant's list, newest activity first. */
public interface ConversationRepository {

    /** The conversation, locked until the transaction ends: messages are numbered one at a time. */
    Optional<Conversation> findForUpdate(UUID id);

    Optional<Conversation> find(UUID id);

    Optional<UUID> idOfBooking(UUID bookingId);

    Optional<UUID> idOfInquiry(UUID listingId, UserId guestId);

    /** Adds a new conversation; false if a concurrent request created the same one first (nothing added). */
    boolean addIfAbsent(Conversation conversation);

    List<Conversation> pageFor(UserId participant, Position after, int limit);

    /** Where a page ended: the last conversation shown. */
    record Position(Instant lastMessageAt, UUID id) {
    }
}
