package dev.staybook.bookings.internal.domain.cancellation;

import dev.staybook.kernel.Money;
import java.time.Duration;
import java.time.Instant;

/** A 3-night stay of 100 EUR a night, checking in at a fixed instant, booked long before. */
final class PolicyFixtures {

    static final Instant CHECK_IN = Instant.parse("2027-03-01T14:00:00Z");
    static final Instant BOOKED = Instant.parse("2027-01-01T10:00:00Z");

    private PolicyFixtures() {
    }

    static CancellationContext cancelledBeforeCheckIn(Duration before) {
        return cancelled(BOOKED, CHECK_IN.minus(before));
    }

    static CancellationContext cancelled(Instant bookedAt, Instant cancelledAt) {
        return new CancellationContext(bookedAt, CHECK_IN, cancelledAt, 3, Money.of("300.00", "EUR"), Money.of("100.00", "EUR"));
    }
}
