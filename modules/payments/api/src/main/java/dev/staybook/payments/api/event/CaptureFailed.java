package dev.staybook.payments.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A confirmed booking's authorized payment could not be captured: the gateway refused every one of
 * {@code attempts} tries, so nothing was charged and payments gives up. Unlike {@link PaymentFailed}
 * (an authorization refused before the booking was made) the booking already holds its nights.
 */
public record CaptureFailed(UUID eventId, BookingId bookingId, String reason, int attempts, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return bookingId.value();
    }
}
