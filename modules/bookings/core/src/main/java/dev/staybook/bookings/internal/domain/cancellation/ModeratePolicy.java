package dev.staybook.bookings.internal.domain.cancellation;

import dev.staybook.listings.api.CancellationPolicyChoice;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Moderate, version 1: cancel at least 5 days before check-in for a full refund. Later, half of the
 * accommodation and the cleaning fee are refunded; the service fee is kept.
 */
public final class ModeratePolicy implements CancellationPolicy {

    static final Duration FULL_REFUND_NOTICE = Duration.ofDays(5);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Override
    public PolicyVersion version() {
        return new PolicyVersion(CancellationPolicyChoice.MODERATE, 1);
    }

    @Override
    public String summary() {
        return "Full refund if you cancel at least 5 days before check-in. After that, 50% of the nights and the "
                + "cleaning fee are refunded.";
    }

    @Override
    public RefundTerms guestCancels(CancellationContext context) {
        if (context.beforeCheckIn().compareTo(FULL_REFUND_NOTICE) >= 0) {
            return RefundTerms.full("Cancelled at least 5 days before check-in: full refund.");
        }
        return new RefundTerms(HALF, true, false,
                "Cancelled less than 5 days before check-in: 50% of the nights and the cleaning fee are refunded.");
    }
}
