package dev.staybook.identity.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts events per key in fixed time windows (for example failed sign-ins per account per 15 minutes).
 * Fixed windows need one number per key, which keeps memory small and maps one-to-one onto a shared
 * store (INCR with EXPIRE) when several instances must agree.
 */
public final class FixedWindowCounter {

    private static final int SWEEP_THRESHOLD = 50_000;

    private final Duration window;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public FixedWindowCounter(Duration window) {
        this.window = window;
    }

    /** Adds one event for the key and returns the count in the current window. */
    public int increment(String key, Instant now) {
        sweepIfLarge(now);
        long start = windowStart(now);
        return windows.compute(key, (k, current) ->
                current == null || current.start != start ? new Window(start, 1) : new Window(start, current.count + 1)).count;
    }

    public int count(String key, Instant now) {
        Window current = windows.get(key);
        return current == null || current.start != windowStart(now) ? 0 : current.count;
    }

    public void reset(String key) {
        windows.remove(key);
    }

    /** How long until the current window ends, rounded up to whole seconds (at least one). */
    public Duration untilNextWindow(Instant now) {
        long endMillis = windowStart(now) + window.toMillis();
        long seconds = Math.max(1, (endMillis - now.toEpochMilli() + 999) / 1000);
        return Duration.ofSeconds(seconds);
    }

    private long windowStart(Instant now) {
        long millis = now.toEpochMilli();
        return millis - Math.floorMod(millis, window.toMillis());
    }

    private void sweepIfLarge(Instant now) {
        if (windows.size() > SWEEP_THRESHOLD) {
            long start = windowStart(now);
            windows.values().removeIf(w -> w.start != start);
        }
    }

    private record Window(long start, int count) {
    }
}
