package dev.staybook.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The rate counter in the real Redis: the contract every counter keeps, and keys that expire. */
class RedisRateCounterIT extends RateCounterContract {

    private TestRedis redis;

    @Override
    RateCounter newCounter(Duration window, int limit) {
        redis = new TestRedis();
        return new RedisRateCounter(redis.client, redis.prefix + "rate:test:", window, limit);
    }

    @AfterEach
    void removeKeys() {
        redis.close();
    }

    @Test
    void aKeyExpiresWhenItsNewestEventLeavesTheWindow() {
        counter.record("ana", Instant.now());

        long ttl = redis.client.pttl(redis.prefix + "rate:test:ana");
        assertTrue(ttl > 0 && ttl <= WINDOW.toMillis(), "ttl " + ttl);
    }

    @Test
    void twoInstancesCountTogether() {
        RateCounter other = new RedisRateCounter(redis.client, redis.prefix + "rate:test:", WINDOW, LIMIT);
        counter.tryRecord("ana", T0);
        other.tryRecord("ana", T0.plusSeconds(1));
        counter.tryRecord("ana", T0.plusSeconds(2));

        assertFalse(other.tryRecord("ana", T0.plusSeconds(3)));
        assertTrue(other.isAtLimit("ana", T0.plusSeconds(3)));
    }
}
