package dev.staybook.cache;

import java.time.Duration;

/** Where rate counters live: in Redis, shared by every instance, or in this process. */
@FunctionalInterface
public interface RateCounters {

    /** Counts events per key over the last {@code window}, at most {@code limit} at a time; names must be unique. */
    RateCounter counter(String name, Duration window, int limit);

    /**
     * A limit named {@code name} (unique, part of its keys) of a quota such as {@code 10/PT1H}; going past it is a
     * 429 with the problem code {@code code} and a detail about "too many {@code what}".
     */
    default RateLimit limit(String name, String quota, String code, String what) {
        RateLimit.Quota parsed = RateLimit.Quota.parse(quota);
        return new RateLimit(counter(name, parsed.window(), parsed.times()), code, what);
    }
}
