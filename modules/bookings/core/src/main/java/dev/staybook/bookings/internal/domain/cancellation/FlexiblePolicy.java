package dev.staybook.bookings.internal.domain.cancellation;

import dev.staybook.listings.api.CancellationPolicyChoice;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;

/**
 * Flexible, version 1 (modeled on the major platforms' flexible policy): cancel at least 24 hours before
 * check-in for a full refund. Later, the first night and the service fee are kept; the other nights and
 * the cleaning fee are refunded.
 */
public final class FlexiblePolicy implements CancellationPolicy {

    static final Duration FULL_REFUND_NOTICE = Duration.ofHours(24);

    @Override
    public PolicyVersion version() {
        return new PolicyVersion(CancellationPolicyChoice.FLEXIBLE, 1);
    }

    @Override
    public String summary() {
        return "Full refund if you cancel at least 24 hours before check-in. After that, the first night and "
                + "the service fee are not refunded.";
    }

    @Override
    public RefundTerms guestCancels(CancellationContext context) {
        if (context.beforeCheckIn().compareTo(FULL_REFUND_NOTICE) >= 0) {
            return RefundTerms.full("Cancelled at least 24 hours before check-in: full refund.");
        }
        BigDecimal keptShare = context.firstNight().amount()
                .divide(context.accommodation().amount(), MathContext.DECIMAL64);
        return new RefundTerms(BigDecimal.ONE.subtract(keptShare), true, false,
                "Cancelled less than 24 hours before check-in: the first night and the service fee are kept.");
    }
}
