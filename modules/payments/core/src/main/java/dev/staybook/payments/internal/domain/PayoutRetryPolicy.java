package dev.staybook.payments.internal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How often a refused transfer to a host is tried again: up to {@code maxAttempts} transfers in all, the
 * first retry no earlier than {@code firstBackoff} after the refusal and each later one after twice the
 * previous pause. Retries happen in payout runs, so with the daily run and a one-day backoff a refused
 * payout is tried on the next run, then two days later, and so on. Then it waits for a person (ATTENTION).
 */
public record PayoutRetryPolicy(int maxAttempts, Duration firstBackoff) {

    public PayoutRetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a payout needs at least one attempt: " + maxAttempts);
        }
        Objects.requireNonNull(firstBackoff);
        if (firstBackoff.isNegative() || firstBackoff.isZero()) {
            throw new IllegalArgumentException("the payout retry backoff must be positive: " + firstBackoff);
        }
    }

    /** When to try again after the {@code failedAttempt}th transfer was refused, or empty once the attempts are used up. */
    public Optional<Instant> nextAttemptAfter(int failedAttempt, Instant now) {
        if (failedAttempt < 1 || failedAttempt >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(firstBackoff.multipliedBy(1L << Math.min(failedAttempt - 1, 20))));
    }

    /**
     * The gateway idempotency key of the {@code attempt}th transfer of a payout: the first keeps the key payouts
     * always had ("payout-<id>"), later ones add their number, so a retry is a new transfer and a repeat of one
     * (a crash after the gateway answered) is the same transfer.
     */
    public static String key(UUID payoutId, int attempt) {
        return attempt <= 1 ? "payout-" + payoutId : "payout-" + payoutId + "-" + attempt;
    }
}
