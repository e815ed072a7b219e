package dev.staybook.notifications.internal.domain;

/** What a mail tells its recipient. */
public enum MailKind {
    WELCOME,
    REGISTRATION_ATTEMPTED,
    PASSWORD_RESET,
    EMAIL_VERIFICATION,
    BOOKING_REQUESTED,
    BOOKING_CONFIRMED,
    BOOKING_DECLINED,
    BOOKING_EXPIRED,
    BOOKING_CANCELLED,
    PAYMENT_FAILED,
    PAYOUT_SENT,
    PAYOUT_FAILED,
    REFUNDED_BY_SUPPORT,
    NEW_MESSAGE,
    REVIEW_PUBLISHED
}
