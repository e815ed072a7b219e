package dev.staybook.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetriesTest {

    private final Retries retries = new Retries(Duration.ofSeconds(1), Duration.ofMinutes(10), 12);

    @Test
    void pausesDoubleFromTheFirstUpToTheCap() {
        assertEquals(Duration.ofSeconds(1), retries.pauseAfter(1));
        assertEquals(Duration.ofSeconds(2), retries.pauseAfter(2));
        assertEquals(Duration.ofSeconds(256), retries.pauseAfter(9));
        assertEquals(Duration.ofSeconds(512), retries.pauseAfter(10));
        assertEquals(Duration.ofMinutes(10), retries.pauseAfter(11));
        assertEquals(Duration.ofMinutes(10), retries.pauseAfter(1_000), "no overflow however many attempts");
    }

    @Test
    void theLastAttemptParks() {
        assertFalse(retries.exhaustedAfter(11));
        assertTrue(retries.exhaustedAfter(12));
        assertTrue(retries.exhaustedAfter(13), "a parked delivery retried by hand parks again at its next failure");
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
        assertThrows(IllegalArgumentException.class, () -> new Retries(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new Retries(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new Retries(Duration.ofSeconds(1), Duration.ofMinutes(1), 0));
    }
}
