package dev.staybook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the {@link VersionedCache} does over any store that answers. */
abstract class CacheContract {

    static final Duration TTL = Duration.ofMinutes(5);

    Cache cache;
    private final AtomicInteger computations = new AtomicInteger();

    abstract Cache newCache();

    @BeforeEach
    void createCache() {
        cache = newCache();
    }

    @Test
    void computesOnTheFirstReadAndServesTheCopyAfterwards() {
        Cache.Cached first = cache.get("listing:1", "details", TTL, () -> compute("v1"));
        Cache.Cached second = cache.get("listing:1", "details", TTL, () -> compute("v2"));

        assertEquals(new Cache.Cached("v1", false), first);
        assertEquals(new Cache.Cached("v1", true), second);
        assertEquals(1, computations.get());
    }

    @Test
    void keysAndNamespacesAreApart() {
        cache.put("listing:1", "details", "one", TTL);
        cache.put("listing:2", "details", "two", TTL);
        cache.put("listing:1", "other", "three", TTL);

        assertEquals(Optional.of("one"), cache.get("listing:1", "details"));
        assertEquals(Optional.of("two"), cache.get("listing:2", "details"));
        assertEquals(Optional.of("three"), cache.get("listing:1", "other"));
        assertEquals(Optional.empty(), cache.get("listing:3", "details"));
    }

    @Test
    void invalidateDropsOneEntry() {
        cache.put("search", "a", "page a", TTL);
        cache.put("search", "b", "page b", TTL);

        cache.invalidate("search", "a");

        assertEquals(Optional.empty(), cache.get("search", "a"));
        assertEquals(Optional.of("page b"), cache.get("search", "b"));
    }

    @Test
    void invalidateAllDropsTheWholeNamespaceOnly() {
        cache.put("search", "a", "page a", TTL);
        cache.put("search", "b", "page b", TTL);
        cache.put("listing:1", "details", "one", TTL);

        cache.invalidateAll("search");

        assertEquals(Optional.empty(), cache.get("search", "a"));
        assertEquals(Optional.empty(), cache.get("search", "b"));
        assertEquals(Optional.of("one"), cache.get("listing:1", "details"));
        assertFalse(cache.get("search", "a", TTL, () -> compute("fresh")).hit());
        assertEquals(Optional.of("fresh"), cache.get("search", "a"));
    }

    @Test
    void aValueComputedWhileTheNamespaceIsInvalidatedIsNeverServed() {
        Cache.Cached raced = cache.get("listing:1", "details", TTL, () -> {
            // the listing changes (and its namespace is bumped) while the old state is being read
            cache.invalidateAll("listing:1");
            return "stale";
        });

        assertEquals("stale", raced.value());
        assertEquals(Optional.empty(), cache.get("listing:1", "details"));
    }

    @Test
    void aFailedComputationCachesNothing() {
        assertThrows(IllegalStateException.class, () -> cache.get("listing:1", "details", TTL, () -> {
            throw new IllegalStateException("not found");
        }));

        assertEquals(Optional.empty(), cache.get("listing:1", "details"));
    }

    @Test
    void refusesTtlsBeyondTheVersionsLifetime() {
        assertThrows(IllegalArgumentException.class, () -> cache.put("a", "b", "c", Duration.ofDays(2)));
        assertThrows(IllegalArgumentException.class, () -> cache.put("a", "b", "c", Duration.ZERO));
    }

    private String compute(String value) {
        computations.incrementAndGet();
        return value;
    }
}
