package dev.staybook.bookings.internal.domain.cancellation;

import dev.staybook.listings.api.CancellationPolicyChoice;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Strict, version 1: a full refund only within 48 hours of booking and at least 14 days before
 * check-in. Otherwise, cancel at least 7 days before check-in for 50% of the nights; later, only the
 * cleaning fee is refunded. The service fee is refunded only with a full refund.
 */
public final class StrictPolicy implements CancellationPolicy {

    static final Duration GRACE_PERIOD = Duration.ofHours(48);
    static final Duration GRACE_NOTICE = Duration.ofDays(14);
    static final Duration HALF_REFUND_NOTICE = Duration.ofDays(7);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Override
    public PolicyVersion version() {
        return new PolicyVersion(CancellationPolicyChoice.STRICT, 1);
    }

    @Override
    public String summary() {
        return "Full refund within 48 hours of booking if check-in is at least 14 days away. 50% of the nights if "
                + "you cancel at least 7 days before check-in. After that, only the cleaning fee is refunded.";
    }

    @Override
    public RefundTerms guestCancels(CancellationContext context) {
        if (context.sinceBooking().compareTo(GRACE_PERIOD) <= 0 && context.beforeCheckIn().compareTo(GRACE_NOTICE) >= 0) {
            return RefundTerms.full("Cancelled within 48 hours of booking, 14 or more days before check-in: full refund.");
        }
        if (context.beforeCheckIn().compareTo(HALF_REFUND_NOTICE) >= 0) {
            return new RefundTerms(HALF, true, false,
                    "Cancelled at least 7 days before check-in: 50% of the nights and the cleaning fee are refunded.");
        }
        return new RefundTerms(BigDecimal.ZERO, true, false,
                "Cancelled less than 7 days before check-in: only the cleaning fee is refunded.");
    }
}
