package dev.staybook.identity.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts events per key over the last {@code window} (for example failed sign-ins per account in the
 * last 15 minutes). A sliding log rather than fixed windows: a burst cannot double its allowance by
 * straddling a window boundary. Each key keeps at most {@code limit} timestamps, so memory stays
 * bounded; the shared-store equivalent is a sorted set per key.
 */
public final class SlidingWindowCounter {

    private static final int SWEEP_THRESHOLD = 50_000;

    private final Duration window;
    private final int limit;
    private final ConcurrentMap<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public SlidingWindowCounter(Duration window, int limit) {
        this.window = window;
        this.limit = limit;
    }

    /** Records an event if the key is under its limit; returns false (recording nothing) if it is not. */
    public boolean tryRecord(String key, Instant now) {
        sweepIfLarge(now);
        boolean[] recorded = {false};
        events.compute(key, (k, log) -> {
            Deque<Instant> current = log == null ? new ArrayDeque<>() : log;
            dropExpired(current, now);
            if (current.size() < limit) {
                current.addLast(now);
                recorded[0] = true;
            }
            return current;
        });
        return recorded[0];
    }

    /** Records an event whatever the count (oldest events fall off beyond the limit). */
    public void record(String key, Instant now) {
        events.compute(key, (k, log) -> {
            Deque<Instant> current = log == null ? new ArrayDeque<>() : log;
            dropExpired(current, now);
            if (current.size() == limit) {
                current.removeFirst();
            }
            current.addLast(now);
            return current;
        });
    }

    public boolean isAtLimit(String key, Instant now) {
        boolean[] atLimit = {false};
        events.computeIfPresent(key, (k, log) -> {
            dropExpired(log, now);
            atLimit[0] = log.size() >= limit;
            return log.isEmpty() ? null : log;
        });
        return atLimit[0];
    }

    /** How long until the oldest counted event leaves the window, in whole seconds (at least one). */
    public Duration retryAfter(String key, Instant now) {
        Instant[] oldestHolder = {null};
        // read inside the map's lock for the key: the log is mutated under that same lock
        events.computeIfPresent(key, (k, log) -> {
            oldestHolder[0] = log.peekFirst();
            return log;
        });
        Instant oldest = oldestHolder[0];
        if (oldest == null) {
            return Duration.ofSeconds(1);
        }
        long millis = Duration.between(now, oldest.plus(window)).toMillis();
        return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
    }

    public void reset(String key) {
        events.remove(key);
    }

    private void dropExpired(Deque<Instant> log, Instant now) {
        Instant horizon = now.minus(window);
        while (!log.isEmpty() && !log.peekFirst().isAfter(horizon)) {
            log.removeFirst();
        }
    }

    private void sweepIfLarge(Instant now) {
        if (events.size() > SWEEP_THRESHOLD) {
            events.keySet().forEach(key -> isAtLimit(key, now));
        }
    }
}
