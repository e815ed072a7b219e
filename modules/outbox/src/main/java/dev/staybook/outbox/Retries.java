package dev.staybook.outbox;

import java.time.Duration;

/**
 * When a failed delivery is tried again: after the first pause, then after doubling pauses up to a cap;
 * after the last attempt it is parked for an administrator.
 */
record Retries(Duration firstPause, Duration maxPause, int maxAttempts) {

    Retries {
        if (firstPause.isNegative() || firstPause.isZero() || maxPause.compareTo(firstPause) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retries need a positive first pause, a cap at least as long and one attempt");
        }
    }

    /** True if the attempt that just failed (counting from 1) was the last one. */
    boolean exhaustedAfter(int attempt) {
        return attempt >= maxAttempts;
    }

    /** The pause after the given failed attempt (counting from 1). */
    Duration pauseAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration pause = firstPause.multipliedBy(1L << doublings);
        return pause.compareTo(maxPause) > 0 || pause.isNegative() ? maxPause : pause;
    }
}
