package dev.staybook.payments.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayoutRetryPolicyTest {

    private static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");

    @Test
    void retriesAfterTheBackoffDoublingEachTimeUntilTheAttemptsAreUsedUp() {
        PayoutRetryPolicy policy = new PayoutRetryPolicy(4, Duration.ofDays(1));
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(1))), policy.nextAttemptAfter(1, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(2))), policy.nextAttemptAfter(2, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(4))), policy.nextAttemptAfter(3, NOW));
        assertEquals(Optional.empty(), policy.nextAttemptAfter(4, NOW), "the fourth refusal was the last attempt");
    }

    @Test
    void aSingleAttemptIsNeverRetried() {
        assertEquals(Optional.empty(), new PayoutRetryPolicy(1, Duration.ofHours(1)).nextAttemptAfter(1, NOW));
    }

    @Test
    void theFirstAttemptKeepsTheKeyPayoutsAlwaysHadAndRetriesGetTheirOwn() {
        UUID payout = UUID.fromString("0190f1a2-0000-7000-8000-000000000001");
        assertEquals("payout-" + payout, PayoutRetryPolicy.key(payout, 1));
        assertEquals("payout-" + payout + "-2", PayoutRetryPolicy.key(payout, 2));
    }

    @Test
    void refusesPoliciesThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new PayoutRetryPolicy(0, Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new PayoutRetryPolicy(3, Duration.ZERO));
    }
}
