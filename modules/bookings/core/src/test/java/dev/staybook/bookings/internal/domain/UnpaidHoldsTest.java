package dev.staybook.bookings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.error.TooManyRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnpaidHoldsTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void aGuestMayHoldUpToTheLimitThenWaitsForTheEarliestDeadline() {
        UnpaidHolds holds = new UnpaidHolds(2);
        holds.checkAnotherAllowed(List.of(), NOW);
        holds.checkAnotherAllowed(List.of(NOW.plusSeconds(600)), NOW);

        TooManyRequests refused = assertThrows(TooManyRequests.class,
                () -> holds.checkAnotherAllowed(List.of(NOW.plusSeconds(90), NOW.plusSeconds(1200)), NOW));
        assertEquals("too-many-unpaid-bookings", refused.code());
        assertEquals(Duration.ofSeconds(90), refused.retryAfter());
    }

    @Test
    void aLapsedHoldNotYetSweptStillCountsAndSaysToRetrySoon() {
        TooManyRequests refused = assertThrows(TooManyRequests.class,
                () -> new UnpaidHolds(1).checkAnotherAllowed(List.of(NOW.minusSeconds(5)), NOW));
        assertEquals(Duration.ofSeconds(1), refused.retryAfter());
    }
}
