package dev.staybook.cache;

import java.time.Duration;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/** The {@link KeyValueStore} in Redis, shared by every instance that uses the same Redis and key prefix. */
final class RedisStore implements KeyValueStore {

    /** INCR and PEXPIRE in one step: a crash between the two would leave a number that never expires. */
    private static final String INCREMENT = """
            local value = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return value
            """;

    private final UnifiedJedis redis;

    RedisStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public List<String> getAll(List<String> keys) {
        return redis.mget(keys.toArray(String[]::new));
    }

    @Override
    public void set(String key, String value, Duration ttl) {
        redis.psetex(key, ttl.toMillis(), value);
    }

    @Override
    public long increment(String key, Duration ttl) {
        return (Long) redis.eval(INCREMENT, List.of(key), List.of(Long.toString(ttl.toMillis())));
    }

    @Override
    public void delete(String key) {
        redis.del(key);
    }
}
