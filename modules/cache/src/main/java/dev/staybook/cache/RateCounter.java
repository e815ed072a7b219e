package dev.staybook.cache;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts events per key over a sliding window (for example failed sign-ins per account in the last 15
 * minutes): a burst cannot double its allowance by straddling a window boundary, as it could with fixed
 * windows. Each key keeps at most the limit's number of events, and forgets them when the window has passed.
 */
public interface RateCounter {

    /** Records an event if the key is under its limit; returns false (recording nothing) if it is not. */
    boolean tryRecord(String key, Instant now);

    /** Records an event whatever the count (the oldest events fall off beyond the limit). */
    void record(String key, Instant now);

    boolean isAtLimit(String key, Instant now);

    /** How long until the oldest counted event leaves the window, in whole seconds (at least one). */
    Duration retryAfter(String key, Instant now);

    void reset(String key);

    /** Whole seconds, at least one, until {@code oldest} leaves the window. */
    static Duration untilExpiry(Instant oldest, Duration window, Instant now) {
        if (oldest == null) {
            return Duration.ofSeconds(1);
        }
        long millis = Duration.between(now, oldest.plus(window)).toMillis();
        return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
    }
}
