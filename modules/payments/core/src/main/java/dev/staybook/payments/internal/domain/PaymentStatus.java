package dev.staybook.payments.internal.domain;

/**
 * Where a booking's payment is.
 * <pre>
 * AUTHORIZING -> AUTHORIZED | FAILED | VOIDED
 * AUTHORIZED  -> CAPTURED | CAPTURE_FAILED | VOIDED
 * CAPTURED    -> PARTIALLY_REFUNDED | REFUNDED
 * </pre>
 */
public enum PaymentStatus {
    AUTHORIZING,
    AUTHORIZED,
    FAILED,
    VOIDED,
    CAPTURED,
    CAPTURE_FAILED,
    PARTIALLY_REFUNDED,
    REFUNDED
}
