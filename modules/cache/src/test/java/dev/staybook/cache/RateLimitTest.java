package dev.staybook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.error.TooManyRequests;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final RateCounters inProcess = (name, window, limit) -> new InProcessRateCounter(window, limit);
    private final Instant now = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void allowsTheQuotaThenAnswers429WithRetryAfter() {
        RateLimit limit = inProcess.limit("test", "2/PT1M", "too-many-tests", "tests from this address");
        limit.acquire("10.0.0.1", now);
        limit.acquire("10.0.0.1", now.plusSeconds(10));
        assertFalse(limit.allows("10.0.0.1", now.plusSeconds(20)));

        TooManyRequests refused = assertThrows(TooManyRequests.class, () -> limit.acquire("10.0.0.1", now.plusSeconds(20)));
        assertEquals("too-many-tests", refused.code());
        assertEquals(Duration.ofSeconds(40), refused.retryAfter());
        assertEquals("Too many tests from this address. Try again in 40 seconds.", refused.detail());
        assertTrue(limit.allows("10.0.0.2", now.plusSeconds(20)), "another key has its own quota");
        limit.acquire("10.0.0.1", now.plusSeconds(61));
    }

    @Test
    void quotasAreWrittenTimesSlashDuration() {
        assertEquals(new RateLimit.Quota(10, Duration.ofHours(1)), RateLimit.Quota.parse(" 10 / PT1H "));
        for (String bad : new String[] {"10", "ten/PT1H", "10/1h", "0/PT1H", "5/PT0S", "", "1/PT1H/2"}) {
            assertThrows(IllegalArgumentException.class, () -> RateLimit.Quota.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> RateLimit.Quota.parse(null));
    }
}
