package dev.staybook.cache;

import java.net.URI;
import java.time.Duration;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.JedisURIHelper;

/** Opens a pooled Redis client from a {@code redis://[user:password@]host:port[/db]} (or {@code rediss://}) URL. */
final class RedisConnection {

    /** Short: a Redis that hangs must cost a request little; the outage pause then spares the others. */
    private static final int CONNECT_TIMEOUT_MILLIS = 500;
    private static final int SOCKET_TIMEOUT_MILLIS = 1000;
    /** As many connections as the server has request threads for the database (STAYBOOK_DB_POOL_MAX's default). */
    private static final int MAX_CONNECTIONS = 40;
    /** Waiting longer for a free connection than for Redis itself makes no sense: give up and fall back. */
    private static final Duration MAX_WAIT_FOR_CONNECTION = Duration.ofMillis(500);

    private RedisConnection() {
    }

    static RedisClient open(String url) {
        URI uri = parse(url);
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(MAX_CONNECTIONS);
        pool.setMaxIdle(MAX_CONNECTIONS);
        pool.setMinIdle(0);
        pool.setMaxWait(MAX_WAIT_FOR_CONNECTION);
        return RedisClient.builder().hostAndPort(JedisURIHelper.getHostAndPort(uri)).clientConfig(config(uri, SOCKET_TIMEOUT_MILLIS))
                .poolConfig(pool).build();
    }

    /**
     * Opens one connection of its own for a subscriber: it waits for messages without a socket timeout, since a quiet
     * channel is no failure.
     */
    static Connection subscriber(String url) {
        URI uri = parse(url);
        return new Connection(JedisURIHelper.getHostAndPort(uri), config(uri, 0));
    }

    private static URI parse(String url) {
        URI uri = URI.create(url.trim());
        if (!JedisURIHelper.isValid(uri)) {
            throw new IllegalArgumentException("STAYBOOK_REDIS_URL must look like redis://host:port/db, not " + url);
        }
        return uri;
    }

    private static JedisClientConfig config(URI uri, int socketTimeoutMillis) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(CONNECT_TIMEOUT_MILLIS)
                .socketTimeoutMillis(socketTimeoutMillis)
                .ssl(JedisURIHelper.isRedisSSLScheme(uri))
                .user(JedisURIHelper.getUser(uri))
                .password(JedisURIHelper.getPassword(uri));
        if (JedisURIHelper.hasDbIndex(uri)) {
            config.database(JedisURIHelper.getDBIndex(uri));
        }
        return config.build();
    }

    /** The URL without its password, for the log. */
    static String describe(String url) {
        URI uri = URI.create(url.trim());
        return uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 6379 : uri.getPort()) + (uri.getPath() == null ? "" : uri.getPath());
    }
}
