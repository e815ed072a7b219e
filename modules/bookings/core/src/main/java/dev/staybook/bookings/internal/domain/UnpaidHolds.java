package dev.staybook.bookings.internal.domain;

import dev.staybook.kernel.error.TooManyRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Each unpaid booking holds its nights from everybody else until its payment deadline. A guest may hold only a few
 * at once, so that nobody can block a listing's calendar with bookings they never pay: one more is refused with 429
 * until the earliest of their holds is paid or lapses.
 */
public record UnpaidHolds(int maxPerGuest) {

    public UnpaidHolds {
        if (maxPerGuest < 1) {
            throw new IllegalArgumentException("a guest may hold at least one unpaid booking: " + maxPerGuest);
        }
    }

    /** {@code deadlines}: the payment deadlines of the guest's unpaid bookings, earliest first. */
    public void checkAnotherAllowed(List<Instant> deadlines, Instant now) {
        if (deadlines.size() >= maxPerGuest) {
            long seconds = Math.max(1, (Duration.between(now, deadlines.get(0)).toMillis() + 999) / 1000);
            throw new TooManyRequests("too-many-unpaid-bookings", ("You already hold %d bookings that wait for their payment. "
                    + "Pay or cancel one, or try again in %d seconds.").formatted(deadlines.size(), seconds), Duration.ofSeconds(seconds));
        }
    }
}
