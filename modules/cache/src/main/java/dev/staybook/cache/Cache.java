package dev.staybook.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Values (text, typically JSON) kept for a while under a key in a namespace. A namespace can be dropped as a
 * whole: its entries live under its current version, and {@link #invalidateAll} moves it to the next one, which
 * is how pages that cannot be invalidated key by key (search results) are dropped. The cache is never required:
 * if its store fails, values are computed and served uncached.
 */
public interface Cache {

    /** What {@link #get(String, String, Duration, Supplier)} served, and whether it came from the cache. */
    record Cached(String value, boolean hit) {
    }

    /**
     * The value cached under the key, or the one {@code compute} returns, then cached for {@code ttl}. An
     * exception from {@code compute} passes through and nothing is cached. A value computed while the namespace
     * is invalidated is stored under the old version, so it is never served.
     */
    Cached get(String namespace, String key, Duration ttl, Supplier<String> compute);

    Optional<String> get(String namespace, String key);

    void put(String namespace, String key, String value, Duration ttl);

    void invalidate(String namespace, String key);

    /** Drops every entry of the namespace at once. */
    void invalidateAll(String namespace);
}
