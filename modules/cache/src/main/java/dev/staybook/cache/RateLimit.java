package dev.staybook.cache;

import dev.staybook.kernel.error.TooManyRequests;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * How often one key (a client address, an account) may do one thing: at most a quota's number of times in
 * its sliding window, shared by every instance when the counters are in Redis. One step past it is a 429
 * problem whose Retry-After says when the oldest counted time leaves the window.
 */
public final class RateLimit {

    private final RateCounter counter;
    private final String code;
    private final String what;

    RateLimit(RateCounter counter, String code, String what) {
        this.counter = counter;
        this.code = code;
        this.what = what;
    }

    /** Counts one more for the key, or fails with 429 (counting nothing) when the key is at its quota. */
    public void acquire(String key, Instant now) {
        if (!counter.tryRecord(key, now)) {
            Duration wait = counter.retryAfter(key, now);
            throw new TooManyRequests(code, "Too many %s. Try again in %d seconds.".formatted(what, wait.toSeconds()), wait);
        }
    }

    /** Whether the key may act once more now, without counting it. */
    public boolean allows(String key, Instant now) {
        return !counter.isAtLimit(key, now);
    }

    /**
     * A number of times per window, written {@code 10/PT1H} (ten times an hour) in the configuration.
     */
    public record Quota(int times, Duration window) {

        public Quota {
            if (times < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a quota is at least once in a positive window: " + times + "/" + window);
            }
        }

        public static Quota parse(String text) {
            String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
            try {
                if (parts.length == 2) {
                    return new Quota(Integer.parseInt(parts[0].strip()), Duration.parse(parts[1].strip()));
                }
            } catch (NumberFormatException | DateTimeParseException unreadable) {
                // reported below
            }
            throw new IllegalArgumentException("'" + text + "' is not a quota such as 10/PT1H (times, a slash, an ISO-8601 duration)");
        }
    }
}
