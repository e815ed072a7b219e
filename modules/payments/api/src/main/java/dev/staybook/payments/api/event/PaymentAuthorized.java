package dev.staybook.payments.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The guest's payment for a booking is authorized (held, not yet captured). */
public record PaymentAuthorized(UUID eventId, BookingId bookingId, Money amount, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return bookingId.value();
    }
}
