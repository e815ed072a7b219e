package dev.staybook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances' near caches over the real Redis, each hearing the announcements on its own connection and thread:
 * a change through one drops the other's copy long before the copy would expire.
 */
class NearCacheRedisIT {

    private static final Duration TTL = Duration.ofMinutes(5);
    /** Far longer than the wait below, so that only an announcement can explain a dropped copy. */
    private static final Duration LONG_COPY_TTL = Duration.ofMinutes(1);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TestRedis redis = new TestRedis();
    private final Instance first = new Instance();
    private final Instance second = new Instance();

    @AfterEach
    void stop() {
        first.announcements.close();
        second.announcements.close();
        redis.close();
    }

    @Test
    void aChangeThroughOneInstanceDropsTheOthersCopy() {
        waitFor("both instances hear the announcements", () -> first.nearCache.isHearing() && second.nearCache.isHearing());
        assertEquals("one", first.read("one"));
        assertEquals("one", second.read("two"));
        assertEquals("one", second.read("two"));
        assertEquals(1, second.shared.reads.get(), "the second read was the second instance's copy");

        first.nearCache.invalidateAll("listing:1");

        waitFor("the second instance reads the shared cache again", () -> "three".equals(second.read("three")));
        assertEquals("three", first.read("four"), "the first instance dropped its copy at once and reads the new entry");
    }

    @Test
    void anInstanceThatStopsListeningServesNoCopies() {
        waitFor("the first instance hears the announcements", first.nearCache::isHearing);
        first.read("one");

        first.announcements.close();

        waitFor("the first instance no longer hears", () -> !first.nearCache.isHearing());
        first.read("two");
        assertEquals(2, first.shared.reads.get());
        assertFalse(first.nearCache.isHearing());
    }

    private static void waitFor(String condition, BooleanSupplier met) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!met.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + WAIT + ": " + condition);
            }
            Thread.onSpinWait();
        }
    }

    /** What one server instance builds (CacheConfiguration), with its reads of the shared cache counted. */
    private final class Instance {

        final RedisOutage outage = new RedisOutage(Duration.ofSeconds(1), System::nanoTime);
        final CacheAnnouncements announcements = new CacheAnnouncements(redis.client,
                () -> RedisConnection.subscriber(System.getProperty("staybook.test.redis.url", "redis://127.0.0.1:6379")),
                redis.prefix + "cache-announcements", outage, Duration.ofMillis(100));
        final ReadCountingCache shared = new ReadCountingCache(new VersionedCache(new RedisStore(redis.client), outage, redis.prefix));
        final NearCache nearCache = new NearCache(shared,
                announcements::announce, System::nanoTime, LONG_COPY_TTL, NearCache.BUDGET_CHARS);

        Instance() {
            Thread listener = new Thread(() -> announcements.listen(nearCache), "cache-announcements-test");
            listener.setDaemon(true);
            listener.start();
        }

        String read(String computed) {
            return nearCache.get("listing:1", "details", TTL, () -> computed).value();
        }
    }
}
