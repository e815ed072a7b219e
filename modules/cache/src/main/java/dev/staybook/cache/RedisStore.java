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
    /** KeyValueStore#getNamedByCounters in one round trip: a cache hit was two (the versions, then the entry). */
    private static final String NAMED_BY_COUNTERS = """
            local counters = redis.call('MGET', KEYS[1], KEYS[2])
            local key = ARGV[1] .. (counters[1] or '0') .. '.' .. (counters[2] or '0') .. ARGV[2]
            return {key, redis.call('GET', key)}
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

    @Override
    public NamedByCounters getNamedByCounters(String firstCounter, String secondCounter, String before, String after) {
        List<?> keyAndValue = (List<?>) redis.eval(NAMED_BY_COUNTERS, List.of(firstCounter, secondCounter), List.of(before, after));
        return new NamedByCounters((String) keyAndValue.get(0), keyAndValue.size() > 1 ? (String) keyAndValue.get(1) : null);
    }
}
