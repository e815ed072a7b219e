package dev.staybook.bookings.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking is in its life. A booking holds its listing's dates while it is {@link #isActive() active}.
 * <pre>
 * PENDING_PAYMENT -> REQUESTED (request to book) | CONFIRMED (instant book) | EXPIRED | CANCELLED_BY_GUEST
 * REQUESTED       -> CONFIRMED | DECLINED | EXPIRED | CANCELLED_BY_GUEST
 * CONFIRMED       -> CHECKED_IN | CANCELLED_BY_GUEST | CANCELLED_BY_HOST | CANCELLED_UNPAID (the payment could not be collected)
 * CHECKED_IN      -> COMPLETED
 * </pre>
 */
public enum BookingStatus {
    PENDING_PAYMENT,
    REQUESTED,
    CONFIRMED,
    CHECKED_IN,
    COMPLETED,
    DECLINED,
    EXPIRED,
    CANCELLED_BY_GUEST,
    CANCELLED_BY_HOST,
    CANCELLED_UNPAID;

    private static final Set<BookingStatus> ACTIVE = EnumSet.of(PENDING_PAYMENT, REQUESTED, CONFIRMED, CHECKED_IN);

    /** True while the booking holds the listing's dates. */
    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
