package dev.staybook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A store that fails (Redis down) never fails a caller, and an invalidation it lost is made up for. */
class FailingStoreTest {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final Duration PAUSE = Duration.ofSeconds(2);

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final SwitchableStore store = new SwitchableStore(new InProcessStore(1_000, nanos::get));
    private final RedisOutage outage = new RedisOutage(PAUSE, nanos::get);
    private final Cache cache = new VersionedCache(store, outage, "test:");

    @Test
    void computesWhenTheStoreFails() {
        store.down = true;

        Cache.Cached cached = cache.get("listing:1", "details", TTL, () -> "computed");

        assertEquals(new Cache.Cached("computed", false), cached);
        assertTrue(outage.isDown());
    }

    @Test
    void leavesTheStoreAloneDuringThePauseAfterAFailure() {
        store.down = true;
        cache.get("listing:1", "details", TTL, () -> "computed");
        int callsWhenItFailed = store.calls.get();

        cache.get("listing:1", "details", TTL, () -> "computed");
        cache.get("listing:1", "details", TTL, () -> "computed");

        assertEquals(callsWhenItFailed, store.calls.get());
    }

    @Test
    void usesTheStoreAgainOnceItAnswers() {
        store.down = true;
        cache.get("listing:1", "details", TTL, () -> "computed");
        store.down = false;
        nanos.addAndGet(PAUSE.toNanos());

        cache.get("listing:1", "details", TTL, () -> "fresh");

        assertFalse(outage.isDown());
        assertEquals(Optional.of("fresh"), cache.get("listing:1", "details"));
    }

    @Test
    void anInvalidationLostToAnOutageDropsEverythingOnceTheStoreAnswers() {
        cache.put("listing:1", "details", "before the change", TTL);
        cache.put("search", "page", "before the change", TTL);
        store.down = true;

        cache.invalidateAll("listing:1");
        store.down = false;
        nanos.addAndGet(PAUSE.toNanos());

        assertEquals(Optional.empty(), cache.get("listing:1", "details"));
        assertEquals(Optional.empty(), cache.get("search", "page"));
    }

    @Test
    void rateCountersFallBackToTheProcessAndBack() {
        InProcessRateCounter shared = new InProcessRateCounter(Duration.ofMinutes(1), 2);
        RateCounter failingShared = new RateCounter() {
            @Override
            public boolean tryRecord(String key, Instant now) {
                store.touch();
                return shared.tryRecord(key, now);
            }

            @Override
            public void record(String key, Instant now) {
                store.touch();
                shared.record(key, now);
            }

            @Override
            public boolean isAtLimit(String key, Instant now) {
                store.touch();
                return shared.isAtLimit(key, now);
            }

            @Override
            public Duration retryAfter(String key, Instant now) {
                store.touch();
                return shared.retryAfter(key, now);
            }

            @Override
            public void reset(String key) {
                store.touch();
                shared.reset(key);
            }
        };
        RateCounter counter = new FailSafeRateCounter(failingShared, new InProcessRateCounter(Duration.ofMinutes(1), 2), outage);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        store.down = true;
        assertTrue(counter.tryRecord("ana", now));
        assertTrue(counter.tryRecord("ana", now));
        assertFalse(counter.tryRecord("ana", now), "the process counts while Redis is down");
        assertFalse(shared.isAtLimit("ana", now));

        store.down = false;
        nanos.addAndGet(PAUSE.toNanos());
        assertTrue(counter.tryRecord("ana", now), "Redis counts again once it answers");
        assertTrue(shared.tryRecord("ana", now));
        assertTrue(counter.isAtLimit("ana", now));
    }

    /** Delegates to an in-process store, or fails like a Redis that does not answer. */
    private static final class SwitchableStore implements KeyValueStore {

        private final KeyValueStore delegate;
        private final AtomicInteger calls = new AtomicInteger();
        private volatile boolean down;

        SwitchableStore(KeyValueStore delegate) {
            this.delegate = delegate;
        }

        void touch() {
            calls.incrementAndGet();
            if (down) {
                throw new IllegalStateException("connection refused");
            }
        }

        @Override
        public List<String> getAll(List<String> keys) {
            touch();
            return delegate.getAll(keys);
        }

        @Override
        public void set(String key, String value, Duration ttl) {
            touch();
            delegate.set(key, value, ttl);
        }

        @Override
        public long increment(String key, Duration ttl) {
            touch();
            return delegate.increment(key, ttl);
        }

        @Override
        public void delete(String key) {
            touch();
            delegate.delete(key);
        }
    }
}
