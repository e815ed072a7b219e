package dev.staybook.cache;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.Connection;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.SafeEncoder;

/**
 * The Redis channel on which instances announce the cache namespaces they changed, so that every instance drops
 * its {@link NearCache} copies of them. Announcing is one PUBLISH, skipped while Redis is down (copies elsewhere
 * then live out their short TTL). Each instance listens on a connection of its own (SUBSCRIBE spoken directly: Jedis's
 * pub/sub classes need a beta library the build bans), on a thread of its own, and after losing it tries again every
 * pause; the near cache serves copies only while it listens.
 */
final class CacheAnnouncements implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CacheAnnouncements.class.getName());

    private final UnifiedJedis redis;
    private final Supplier<Connection> subscriberConnection;
    private final String channel;
    private final RedisOutage outage;
    private final Duration pauseAfterFailure;
    private volatile boolean closed;
    private volatile Connection connection;
    /** Whether the last failure to listen was logged: one line per outage, not one per attempt. */
    private volatile boolean warned;

    CacheAnnouncements(UnifiedJedis redis, Supplier<Connection> subscriberConnection, String channel, RedisOutage outage,
            Duration pauseAfterFailure) {
        this.redis = redis;
        this.subscriberConnection = subscriberConnection;
        this.channel = channel;
        this.outage = outage;
        this.pauseAfterFailure = pauseAfterFailure;
    }

    void announce(String namespace) {
        if (!outage.allowsCalls()) {
            return;
        }
        try {
            redis.publish(channel, namespace);
        } catch (RuntimeException failure) {
            outage.failed(failure);
        }
    }

    /** Passes the announcements to the near cache until {@link #close()}; runs on a thread of its own. */
    void listen(NearCache cache) {
        while (!closed) {
            boolean heard = false;
            try (Connection subscriber = subscriberConnection.get()) {
                connection = subscriber;
                if (!closed) {
                    subscriber.sendCommand(Protocol.Command.SUBSCRIBE, channel);
                    subscriber.getObjectMultiBulkReply();
                    heard = true;
                    hearing(cache);
                    while (!closed) {
                        passOn(subscriber.getUnflushedObjectMultiBulkReply(), cache);
                    }
                }
            } catch (RuntimeException lost) {
                if (!closed && (heard || !warned)) {
                    warned = true;
                    LOG.log(Level.WARNING, "Not hearing cache announcements on Redis; this instance serves no copies of its own "
                            + "until it does again: {0}", String.valueOf(lost));
                }
            } finally {
                connection = null;
                cache.hearing(false);
            }
            if (!pause()) {
                return;
            }
        }
    }

    private void hearing(NearCache cache) {
        cache.hearing(true);
        if (warned) {
            warned = false;
            LOG.info("Hearing cache announcements on Redis again.");
        }
    }

    /** A pushed {@code ["message", channel, namespace]}; nothing else arrives on a connection that only subscribed. */
    private static void passOn(List<Object> push, NearCache cache) {
        if (push.size() == 3 && "message".equals(SafeEncoder.encode((byte[]) push.get(0)))) {
            cache.announced(SafeEncoder.encode((byte[]) push.get(2)));
        }
    }

    private boolean pause() {
        if (closed) {
            return false;
        }
        try {
            Thread.sleep(pauseAfterFailure.toMillis());
            return !closed;
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops listening: closing the connection ends the subscriber's wait. */
    @Override
    public void close() {
        closed = true;
        Connection subscriber = connection;
        if (subscriber != null) {
            subscriber.disconnect();
        }
    }
}
