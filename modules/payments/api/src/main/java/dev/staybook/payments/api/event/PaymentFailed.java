package dev.staybook.payments.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The guest's payment for a booking could not be authorized (declined card, gateway refusal). */
public record PaymentFailed(UUID eventId, BookingId bookingId, String reason, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return bookingId.value();
    }
}
