package dev.staybook.payments.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaptureRetryPolicyTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");

    @Test
    void pausesDoubleUntilTheRetriesAreUsedUp() {
        CaptureRetryPolicy policy = new CaptureRetryPolicy(3, Duration.ofMinutes(10));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(10))), policy.nextAttemptAfter(1, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(20))), policy.nextAttemptAfter(2, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(40))), policy.nextAttemptAfter(3, NOW));
        assertEquals(Optional.empty(), policy.nextAttemptAfter(4, NOW), "four refusals: the three retries are used up");
    }

    @Test
    void eachAttemptHasItsOwnKeyAndTheFirstKeepsTheOriginal() {
        UUID booking = UUID.fromString("0190a3b4-0000-7000-8000-000000000001");
        assertEquals("capture-" + booking, CaptureRetryPolicy.key(booking, 1));
        assertEquals("capture-" + booking + "-2", CaptureRetryPolicy.key(booking, 2));
        assertEquals("capture-" + booking + "-3", CaptureRetryPolicy.key(booking, 3));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CaptureRetryPolicy(-1, Duration.ofMinutes(10)));
        assertThrows(IllegalArgumentException.class, () -> new CaptureRetryPolicy(2, Duration.ZERO));
    }
}
