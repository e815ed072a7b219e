package dev.staybook.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Open-loop load in the manner of wrk2: requests are scheduled at a fixed rate whatever the server does, and
 * go out over a fixed number of connections (one thread each, taking the next scheduled request when free).
 * A server that falls behind makes requests wait for a connection; callers measure latency from each
 * request's intended send time, so that wait counts (no coordinated omission).
 */
final class FixedRateSchedule {

    /** Sends scheduled request number {@code index}, intended for {@code intendedNanos}, recording into {@code results}. */
    interface Sender<T> {
        void send(int index, long intendedNanos, T results) throws Exception;
    }

    /** Each connection's results, how many requests were scheduled, the longest wait for a connection, and how long it all took. */
    record Outcome<T>(List<T> results, int scheduled, long maxQueueNanos, long elapsedNanos) {

        double achievedRate() {
            return scheduled / (elapsedNanos / 1e9);
        }
    }

    private FixedRateSchedule() {
    }

    static <T> Outcome<T> run(int ratePerSecond, int connections, Duration duration, Supplier<T> results, Sender<T> sender)
            throws Exception {
        int scheduled = (int) (duration.toSeconds() * ratePerSecond);
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicLong maxQueue = new AtomicLong();
        // no deadline of its own: a connection stops when the schedule is used up
        List<T> perConnection = new ArrayList<>(ClosedLoop.run(connections, Duration.ofDays(1), end -> {
            T mine = results.get();
            for (int i = next.getAndIncrement(); i < scheduled; i = next.getAndIncrement()) {
                long intended = start + i * 1_000_000_000L / ratePerSecond;
                for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                maxQueue.accumulateAndGet(System.nanoTime() - intended, Math::max);
                sender.send(i, intended, mine);
            }
            return mine;
        }));
        return new Outcome<>(perConnection, scheduled, maxQueue.get(), System.nanoTime() - start);
    }
}
