package dev.staybook.payments.internal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How often a refused capture is tried again before payments gives up: {@code retries} more times,
 * the first after {@code firstInterval} and each later one after twice the previous pause (a card
 * limit or a gateway hiccup often clears within the hour; a closed account never does).
 */
public record CaptureRetryPolicy(int retries, Duration firstInterval) {

    public CaptureRetryPolicy {
        if (retries < 0) {
            throw new IllegalArgumentException("capture retries must not be negative: " + retries);
        }
        Objects.requireNonNull(firstInterval);
        if (firstInterval.isNegative() || firstInterval.isZero()) {
            throw new IllegalArgumentException("the capture retry interval must be positive: " + firstInterval);
        }
    }

    /** When to try again after {@code failedAttempts} refusals, or empty once the retries are used up. */
    public Optional<Instant> nextAttemptAfter(int failedAttempts, Instant now) {
        if (failedAttempts < 1 || failedAttempts > retries) {
            return Optional.empty();
        }
        return Optional.of(now.plus(firstInterval.multipliedBy(1L << Math.min(failedAttempts - 1, 20))));
    }

    /**
     * The gateway idempotency key of the {@code attempt}th capture: the first keeps the key captures always
     * had ("capture-<booking>"), later ones add their number, so each retry is a new call and a repeat of one
     * (a crash after the gateway answered) is the same call.
     */
    public static String key(UUID bookingId, int attempt) {
        return attempt <= 1 ? "capture-" + bookingId : "capture-" + bookingId + "-" + attempt;
    }
}
