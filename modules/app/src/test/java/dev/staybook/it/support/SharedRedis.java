package dev.staybook.it.support;

import java.net.URI;
import redis.clients.jedis.RedisClient;

/**
 * The Redis the test server caches and counts in ({@code staybook.redis.url}), and the key prefix of this run
 * ({@code staybook.redis.key.prefix}): tests look at the keys the server wrote and write some as another
 * instance would.
 */
public final class SharedRedis {

    private static final RedisClient CLIENT = RedisClient.create(URI.create(System.getProperty("staybook.redis.url", "redis://127.0.0.1:6379")));
    private static final String PREFIX = System.getProperty("staybook.redis.key.prefix", "staybook:");

    private SharedRedis() {
    }

    public static RedisClient client() {
        return CLIENT;
    }

    /** The full key of what the server keeps under {@code key} (after its prefix). */
    public static String key(String key) {
        return PREFIX + key;
    }
}
