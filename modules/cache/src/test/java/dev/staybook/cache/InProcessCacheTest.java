package dev.staybook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InProcessCacheTest extends CacheContract {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private InProcessStore store;

    @Override
    Cache newCache() {
        store = new InProcessStore(100, nanos::get);
        return new VersionedCache(store, new RedisOutage(Duration.ofSeconds(1), nanos::get), "test:");
    }

    @Test
    void anEntryExpiresAfterItsTtl() {
        cache.put("listing:1", "details", "one", TTL);

        nanos.addAndGet(TTL.toNanos() - 1);
        assertEquals(Optional.of("one"), cache.get("listing:1", "details"));
        nanos.addAndGet(1);
        assertEquals(Optional.empty(), cache.get("listing:1", "details"));
    }

    @Test
    void staysWithinItsBound() {
        for (int i = 0; i < 1_000; i++) {
            cache.put("search", "page " + i, "value", TTL);
        }

        assertTrue(store.size() <= 100, "entries kept: " + store.size());
    }

    @Test
    void sweepsExpiredEntriesBeforeDroppingLiveOnes() {
        for (int i = 0; i < 90; i++) {
            cache.put("search", "old " + i, "value", Duration.ofSeconds(1));
        }
        cache.put("listing:1", "details", "one", TTL);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());

        for (int i = 0; i < 20; i++) {
            cache.put("search", "new " + i, "value", TTL);
        }

        assertEquals(Optional.of("one"), cache.get("listing:1", "details"));
    }
}
