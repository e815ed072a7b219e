package dev.staybook.cache;

import java.time.Duration;

/** Where rate counters live: in Redis, shared by every instance, or in this process. */
@FunctionalInterface
public interface RateCounters {

    /** Counts events per key over the last {@code window}, at most {@code limit} at a time; names must be unique. */
    RateCounter counter(String name, Duration window, int limit);
}
