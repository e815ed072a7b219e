package dev.staybook.payments.internal.domain;

/** What came of one capture attempt for the payment's booking. */
public enum CaptureResult {
    /** The money is taken. */
    CAPTURED,
    /** Refused; another attempt is due at the payment's {@code nextCaptureAt}. */
    RETRY_SCHEDULED,
    /** Refused for the last time: nothing will be charged. */
    GAVE_UP
}
