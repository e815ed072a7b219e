package dev.staybook.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether Redis is believed to answer. After a failure, callers leave Redis alone for a short pause (so an
 * outage costs each request nothing, not a connection timeout) and then try again. An outage is logged once
 * when it begins and once when it ends, never once per request.
 */
final class RedisOutage {

    private static final Logger LOG = Logger.getLogger(RedisOutage.class.getName());

    private final Duration pause;
    private final LongSupplier nanoTime;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long retryAtNanos;

    RedisOutage(Duration pause, LongSupplier nanoTime) {
        this.pause = pause;
        this.nanoTime = nanoTime;
    }

    /** False during the pause after a failure: use the fallback without trying Redis. */
    boolean allowsCalls() {
        return !down.get() || nanoTime.getAsLong() - retryAtNanos >= 0;
    }

    void failed(RuntimeException cause) {
        retryAtNanos = nanoTime.getAsLong() + pause.toNanos();
        if (down.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "Redis does not answer; serving without the cache and counting rate limits in this "
                    + "process until it does: {0}", String.valueOf(cause));
        }
    }

    /** Returns true if this success ends an outage. */
    boolean succeeded() {
        boolean recovered = down.compareAndSet(true, false);
        if (recovered) {
            LOG.info("Redis answers again; the cache and the shared rate counters are back.");
        }
        return recovered;
    }

    boolean isDown() {
        return down.get();
    }
}
