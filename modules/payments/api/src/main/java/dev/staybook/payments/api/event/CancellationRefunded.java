package dev.staybook.payments.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A charged booking's cancellation gave the guest {@code amount} back (zero included): the policy's refund less what
 * support had refunded by the time payments handled the cancellation, never more than remained captured. It can be
 * less than the cancellation computed, when a support refund came in between.
 */
public record CancellationRefunded(UUID eventId, BookingId bookingId, Money amount, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return bookingId.value();
    }
}
