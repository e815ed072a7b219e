package dev.staybook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The near cache is a cache like any other, and keeps its copies only as long as they are known to be current. */
class NearCacheTest extends CacheContract {

    private static final long BUDGET_CHARS = 100;

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final List<String> announced = new ArrayList<>();
    private ReadCountingCache shared;
    private NearCache nearCache;

    @Override
    Cache newCache() {
        shared = new ReadCountingCache(
                new VersionedCache(new InProcessStore(1_000, nanos::get), new RedisOutage(Duration.ofSeconds(1), nanos::get), "test:"));
        nearCache = new NearCache(shared, announced::add, nanos::get, NearCache.COPY_TTL, BUDGET_CHARS);
        nearCache.hearing(true);
        return nearCache;
    }

    private Cache.Cached read(String namespace, String value) {
        return cache.get(namespace, "details", TTL, () -> value);
    }

    @Test
    void aCopyServesTheNextReadsWithoutTheSharedCache() {
        assertFalse(read("listing:1", "one").hit());
        assertEquals(new Cache.Cached("one", true), read("listing:1", "other"));
        assertEquals(new Cache.Cached("one", true), read("listing:1", "other"));

        assertEquals(1, shared.reads.get());
    }

    @Test
    void anInvalidationDropsTheCopiesHereBeforeItReturnsAndIsAnnounced() {
        read("listing:1", "one");
        read("listing:2", "two");

        cache.invalidateAll("listing:1");

        assertEquals(List.of("listing:1"), announced);
        assertEquals(new Cache.Cached("new", false), read("listing:1", "new"));
        assertEquals(new Cache.Cached("two", true), read("listing:2", "other"));
    }

    @Test
    void anAnnouncementFromAnotherInstanceDropsThatNamespacesCopies() {
        read("listing:1", "one");
        read("listing:2", "two");
        int before = shared.reads.get();

        nearCache.announced("listing:1");

        assertEquals(new Cache.Cached("one", true), read("listing:1", "other"), "the shared entry is still there");
        assertEquals(before + 1, shared.reads.get(), "read from the shared cache again");
        assertEquals(new Cache.Cached("two", true), read("listing:2", "other"));
        assertEquals(before + 1, shared.reads.get());
    }

    @Test
    void aValueReadAcrossAnAnnouncementIsNotCopied() {
        cache.get("listing:1", "details", TTL, () -> {
            nearCache.announced("listing:1");
            return "read before the change";
        });

        read("listing:1", "current");
        assertEquals(2, shared.reads.get(), "the second read went to the shared cache");
    }

    @Test
    void aCopyLivesAtMostItsShortTtl() {
        read("listing:1", "one");

        nanos.addAndGet(NearCache.COPY_TTL.toNanos() - 1);
        read("listing:1", "other");
        assertEquals(1, shared.reads.get());
        nanos.addAndGet(1);
        read("listing:1", "other");
        assertEquals(2, shared.reads.get());
    }

    @Test
    void anEntryWithAShorterTtlIsCopiedForThatLongOnly() {
        cache.get("search", "page", Duration.ofSeconds(1), () -> "page");

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        cache.get("search", "page", Duration.ofSeconds(1), () -> "recomputed");
        assertEquals(2, shared.reads.get());
    }

    @Test
    void nothingIsCopiedOrServedWhileTheAnnouncementsAreNotHeard() {
        read("listing:1", "one");

        nearCache.hearing(false);
        read("listing:1", "other");
        read("listing:1", "other");
        assertEquals(3, shared.reads.get());

        nearCache.hearing(true);
        read("listing:1", "other");
        read("listing:1", "other");
        assertEquals(4, shared.reads.get(), "copied again once heard");
    }

    @Test
    void copiesStayWithinTheBudgetAndExpiredOnesMakeRoom() {
        String sixty = "x".repeat(60);
        read("listing:1", sixty);
        read("listing:2", sixty);
        read("listing:2", sixty);
        assertEquals(3, shared.reads.get(), "the second copy did not fit");

        nanos.addAndGet(NearCache.COPY_TTL.toNanos());
        read("listing:2", sixty);
        read("listing:2", sixty);
        assertEquals(4, shared.reads.get(), "copied once the first copy expired");
    }

    @Test
    void aFullBudgetIsSweptAtMostOnceASweepInterval() {
        String sixty = "x".repeat(60);
        read("listing:1", sixty);
        Duration halfInterval = NearCache.SWEEP_INTERVAL.dividedBy(2);
        nanos.addAndGet(NearCache.COPY_TTL.minus(halfInterval).toNanos());
        read("listing:2", sixty);

        nanos.addAndGet(halfInterval.toNanos());
        read("listing:2", sixty);
        read("listing:2", sixty);
        assertEquals(4, shared.reads.get(), "the first copy expired, but the last sweep was half an interval ago");

        nanos.addAndGet(halfInterval.toNanos());
        read("listing:2", sixty);
        read("listing:2", sixty);
        assertEquals(5, shared.reads.get(), "swept, then copied");
    }

    @Test
    void putAnnouncesItsNamespace() {
        read("listing:1", "one");

        cache.put("listing:1", "details", "put", TTL);

        assertEquals(List.of("listing:1"), announced);
        assertEquals(new Cache.Cached("put", true), read("listing:1", "other"));
        assertEquals(2, shared.reads.get());
    }
}
