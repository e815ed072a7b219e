package dev.staybook.notifications.internal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a failed mail again: after {@code firstDelay}, doubling with each failure up to
 * {@code maxDelay}, and not at all once {@code maxAttempts} attempts have failed.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("need 0 < firstDelay <= maxDelay and maxAttempts >= 1");
        }
    }

    /** One minute, doubling up to six hours, twelve attempts: about 20 hours, as a mail server may be down overnight. */
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(6), 12);
    }

    /** The next attempt after the {@code attempts}-th attempt failed at {@code failedAt}; empty to give up. */
    public Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return Optional.of(failedAt.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }
}
