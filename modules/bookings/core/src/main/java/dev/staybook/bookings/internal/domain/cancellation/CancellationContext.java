package dev.staybook.bookings.internal.domain.cancellation;

import dev.staybook.kernel.Money;
import java.time.Duration;
import java.time.Instant;

/**
 * The facts a policy judges a guest's cancellation by: when the booking was made, when the stay begins
 * (check-in time in the listing's time zone, as an instant), when the guest cancels, and the price
 * of the accommodation and of its first night.
 */
public record CancellationContext(Instant bookedAt, Instant checkInAt, Instant cancelledAt, long nights,
                                  Money accommodation, Money firstNight) {

    public Duration beforeCheckIn() {
        return Duration.between(cancelledAt, checkInAt);
    }

    public Duration sinceBooking() {
        return Duration.between(bookedAt, cancelledAt);
    }
}
