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
}
