package dev.staybook.cache;

import java.time.Duration;
import java.util.List;

/** The few operations the cache needs from its store; every entry expires. */
interface KeyValueStore {

    /** The values of the keys, in their order, null where a key has none. */
    List<String> getAll(List<String> keys);

    void set(String key, String value, Duration ttl);

    /** Adds one to the number under the key (absent counts as 0) and keeps it for {@code ttl}, atomically. */
    long increment(String key, Duration ttl);

    void delete(String key);

    /**
     * Reads two counters (absent counts as 0), then the key named {@code <before><first>.<second><after>}: the key and
     * its value (null if none). Redis does it in one round trip; this default takes two.
     */
    default NamedByCounters getNamedByCounters(String firstCounter, String secondCounter, String before, String after) {
        List<String> counters = getAll(List.of(firstCounter, secondCounter));
        String key = before + orZero(counters.get(0)) + "." + orZero(counters.get(1)) + after;
        return new NamedByCounters(key, getAll(List.of(key)).get(0));
    }

    private static String orZero(String number) {
        return number == null ? "0" : number;
    }

    /** A key named after counters, and its value (null if none). */
    record NamedByCounters(String key, String value) {
    }
}
