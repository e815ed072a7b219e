package dev.staybook.payments.internal.domain;

/**
 * Where a host's payout is.
 * <pre>
 * PENDING -> PAID | FAILED
 * FAILED  -> PAID | FAILED (retried by a later run) | ATTENTION (retries used up: a person looks at it)
 * </pre>
 */
public enum PayoutStatus {
    PENDING,
    PAID,
    FAILED,
    ATTENTION
}
