package dev.staybook.notifications.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant FAILED_AT = Instant.parse("2027-01-01T00:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 6);

    private Duration delayAfter(int attempts) {
        return Duration.between(FAILED_AT, policy.nextAttempt(attempts, FAILED_AT).orElseThrow());
    }

    @Test
    void theDelayDoublesWithEachFailure() {
        assertEquals(Duration.ofMinutes(1), delayAfter(1));
        assertEquals(Duration.ofMinutes(2), delayAfter(2));
        assertEquals(Duration.ofMinutes(4), delayAfter(3));
        assertEquals(Duration.ofMinutes(8), delayAfter(4));
    }

    @Test
    void theDelayIsCapped() {
        assertEquals(Duration.ofMinutes(10), delayAfter(5));
        RetryPolicy many = new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), 1000);
        assertEquals(Optional.of(FAILED_AT.plus(Duration.ofHours(1))), many.nextAttempt(999, FAILED_AT), "no overflow");
    }

    @Test
    void itGivesUpAfterTheLastAttempt() {
        assertTrue(policy.nextAttempt(6, FAILED_AT).isEmpty());
        assertTrue(policy.nextAttempt(7, FAILED_AT).isEmpty());
    }

    @Test
    void theStandardPolicyKeepsTryingForHours() {
        RetryPolicy standard = RetryPolicy.standard();
        Instant last = FAILED_AT;
        for (int attempt = 1; attempt < standard.maxAttempts(); attempt++) {
            last = standard.nextAttempt(attempt, last).orElseThrow();
        }
        assertTrue(Duration.between(FAILED_AT, last).toHours() >= 12, "a mail server may be down overnight");
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0));
    }
}
