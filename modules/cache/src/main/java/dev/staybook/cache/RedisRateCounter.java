package dev.staybook.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.Tuple;

/**
 * A {@link RateCounter} in Redis, so that every instance counts the same events: one sorted set per key, its
 * members the events scored by their time in milliseconds. Each operation is one Lua script, so dropping
 * events that left the window, counting and adding happen atomically, and every write sets the key to
 * expire when its newest event leaves the window.
 */
final class RedisRateCounter implements RateCounter {

    private static final String TRY_RECORD = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1] - ARGV[2])
            if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
              redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            return 0
            """;
    private static final String RECORD = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1] - ARGV[2])
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
            local excess = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[3])
            if excess > 0 then
              redis.call('ZREMRANGEBYRANK', KEYS[1], 0, excess - 1)
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
            """;
    private static final String COUNT = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1] - ARGV[2])
            return redis.call('ZCARD', KEYS[1])
            """;

    private final UnifiedJedis redis;
    private final String keyPrefix;
    private final Duration window;
    private final int limit;

    /** {@code keyPrefix} names this counter (for example {@code staybook:rate:login-address:}). */
    RedisRateCounter(UnifiedJedis redis, String keyPrefix, Duration window, int limit) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.window = window;
        this.limit = limit;
    }

    @Override
    public boolean tryRecord(String key, Instant now) {
        return ((Long) run(TRY_RECORD, key, now)) == 1L;
    }

    @Override
    public void record(String key, Instant now) {
        run(RECORD, key, now);
    }

    @Override
    public boolean isAtLimit(String key, Instant now) {
        return ((Long) run(COUNT, key, now)) >= limit;
    }

    @Override
    public Duration retryAfter(String key, Instant now) {
        List<Tuple> oldest = redis.zrangeWithScores(keyPrefix + key, 0, 0);
        Instant oldestEvent = oldest.isEmpty() ? null : Instant.ofEpochMilli((long) oldest.get(0).getScore());
        return RateCounter.untilExpiry(oldestEvent, window, now);
    }

    @Override
    public void reset(String key) {
        redis.del(keyPrefix + key);
    }

    private Object run(String script, String key, Instant now) {
        long millis = now.toEpochMilli();
        // members must differ even for events in the same millisecond, from any instance
        String member = millis + ":" + UUID.randomUUID();
        return redis.eval(script, List.of(keyPrefix + key),
                List.of(Long.toString(millis), Long.toString(window.toMillis()), Integer.toString(limit), member));
    }
}
