package dev.staybook.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link RateCounter} in this process: a log of timestamps per key. Each key keeps at most {@code limit}
 * timestamps and idle keys are swept, so memory stays bounded. {@link RedisRateCounter} is the shared
 * equivalent.
 */
public final class InProcessRateCounter implements RateCounter {

    private static final int SWEEP_THRESHOLD = 50_000;

    private final Duration window;
    private final int limit;
    private final ConcurrentMap<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public InProcessRateCounter(Duration window, int limit) {
        this.window = window;
        this.limit = limit;
    }

    @Override
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

    @Override
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

    @Override
    public boolean isAtLimit(String key, Instant now) {
        boolean[] atLimit = {false};
        events.computeIfPresent(key, (k, log) -> {
            dropExpired(log, now);
            atLimit[0] = log.size() >= limit;
            return log.isEmpty() ? null : log;
        });
        return atLimit[0];
    }

    @Override
    public Duration retryAfter(String key, Instant now) {
        Instant[] oldestHolder = {null};
        // read inside the map's lock for the key: the log is mutated under that same lock
        events.computeIfPresent(key, (k, log) -> {
            oldestHolder[0] = log.peekFirst();
            return log;
        });
        return RateCounter.untilExpiry(oldestHolder[0], window, now);
    }

    @Override
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
