package dev.staybook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cache in the real Redis: the contract, and what the keys look like there. */
class RedisCacheIT extends CacheContract {

    private TestRedis redis;

    @Override
    Cache newCache() {
        redis = new TestRedis();
        return new VersionedCache(new RedisStore(redis.client), new RedisOutage(Duration.ofSeconds(1), System::nanoTime), redis.prefix);
    }

    @AfterEach
    void removeKeys() {
        redis.close();
    }

    @Test
    void entriesExpireInRedisAfterTheirTtl() {
        cache.put("listing:1", "details", "one", Duration.ofSeconds(30));

        Set<String> keys = redis.client.keys(redis.prefix + "cache:listing:1:*");
        assertEquals(1, keys.size());
        long ttl = redis.client.pttl(keys.iterator().next());
        assertTrue(ttl > 0 && ttl <= 30_000, "ttl " + ttl);
    }

    @Test
    void namespaceVersionsExpireToo() {
        cache.invalidateAll("search");

        assertEquals("1", redis.client.get(redis.prefix + "cache-version:search"));
        assertTrue(redis.client.pttl(redis.prefix + "cache-version:search") > VersionedCache.MAX_ENTRY_TTL.toMillis());
    }

    @Test
    void twoInstancesShareEntriesAndInvalidations() {
        Cache other = new VersionedCache(new RedisStore(redis.client), new RedisOutage(Duration.ofSeconds(1), System::nanoTime), redis.prefix);
        cache.put("listing:1", "details", "one", TTL);

        assertEquals("one", other.get("listing:1", "details").orElseThrow());
        other.invalidateAll("listing:1");
        assertTrue(cache.get("listing:1", "details").isEmpty());
    }
}
