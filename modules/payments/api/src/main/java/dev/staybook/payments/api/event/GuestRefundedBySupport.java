package dev.staybook.payments.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.event.ErasedAfterDelivery;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Support gave the guest of a booking {@code amount} back outside the cancellation policy (the booking itself is
 * unchanged); {@code reason} is what support wrote for the guest.
 */
public record GuestRefundedBySupport(UUID eventId, BookingId bookingId, UserId guestId, Money amount, @ErasedAfterDelivery String reason,
                                     Instant occurredAt) implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return bookingId.value();
    }
}
