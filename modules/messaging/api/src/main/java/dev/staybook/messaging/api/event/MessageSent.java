package dev.staybook.messaging.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.ErasedAfterDelivery;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.listings.api.ListingId;
import dev.staybook.messaging.api.ConversationId;
import java.time.Instant;
import java.util.UUID;

/**
 * A message was sent in a conversation about a listing: an inquiry ({@code bookingId} null) or a booking.
 * {@code excerpt} is the start of the text, enough for a notification; the outbox erases it once its subscribers have it.
 */
public record MessageSent(UUID eventId, UUID messageId, ConversationId conversationId, ListingId listingId, BookingId bookingId,
                          UserId senderId, UserId recipientId, @ErasedAfterDelivery String excerpt, Instant occurredAt) implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return conversationId.value();
    }
}
