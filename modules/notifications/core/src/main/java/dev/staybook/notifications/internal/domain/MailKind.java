package dev.staybook.notifications.internal.domain;

import java.util.Arrays;
import java.util.List;

/** What a mail tells its recipient. */
public enum MailKind {
    WELCOME,
    REGISTRATION_ATTEMPTED,
    PASSWORD_RESET(true),
    EMAIL_VERIFICATION(true),
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
    REVIEW_PUBLISHED,
    CALENDAR_DOUBLE_BOOKED;

    private final boolean oneTimeLink;

    MailKind() {
        this(false);
    }

    MailKind(boolean oneTimeLink) {
        this.oneTimeLink = oneTimeLink;
    }

    /** Whether its body holds a one-time link (a token that signs its holder in or changes the account). */
    public boolean holdsOneTimeLink() {
        return oneTimeLink;
    }

    /** The kinds whose bodies are erased once sent or given up ({@link Mail#ERASED_BODY}). */
    public static List<MailKind> holdingOneTimeLinks() {
        return Arrays.stream(values()).filter(MailKind::holdsOneTimeLink).toList();
    }
}
