package dev.staybook.cache;

import java.net.URI;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.JedisURIHelper;

/** Opens a pooled Redis client from a {@code redis://[user:password@]host:port[/db]} (or {@code rediss://}) URL. */
final class RedisConnection {

    /** Short: a Redis that hangs must cost a request little; the outage pause then spares the others. */
    private static final int CONNECT_TIMEOUT_MILLIS = 500;
    private static final int SOCKET_TIMEOUT_MILLIS = 1000;

    private RedisConnection() {
    }

    static RedisClient open(String url) {
        URI uri = URI.create(url.trim());
        if (!JedisURIHelper.isValid(uri)) {
            throw new IllegalArgumentException("STAYBOOK_REDIS_URL must look like redis://host:port/db, not " + url);
        }
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(CONNECT_TIMEOUT_MILLIS)
                .socketTimeoutMillis(SOCKET_TIMEOUT_MILLIS)
                .ssl(JedisURIHelper.isRedisSSLScheme(uri))
                .user(JedisURIHelper.getUser(uri))
                .password(JedisURIHelper.getPassword(uri));
        if (JedisURIHelper.hasDbIndex(uri)) {
            config.database(JedisURIHelper.getDBIndex(uri));
        }
        return RedisClient.builder().hostAndPort(JedisURIHelper.getHostAndPort(uri)).clientConfig(config.build()).build();
    }

    /** The URL without its password, for the log. */
    static String describe(String url) {
        URI uri = URI.create(url.trim());
        return uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 6379 : uri.getPort()) + (uri.getPath() == null ? "" : uri.getPath());
    }
}
