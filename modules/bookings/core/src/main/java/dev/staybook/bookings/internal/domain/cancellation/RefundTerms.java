package dev.staybook.bookings.internal.domain.cancellation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a cancellation gives back, before it is applied to a booking's lines: the share of the
 * accommodation (after its discount) refunded, whether the cleaning fee and the guest service fee are
 * refunded, and the rule that applied, in words. Taxes follow the refunded taxable amount.
 */
public record RefundTerms(BigDecimal accommodationShare, boolean cleaningFee, boolean guestServiceFee, String rule) {

    public RefundTerms {
        Objects.requireNonNull(accommodationShare, "accommodationShare");
        if (accommodationShare.signum() < 0 || accommodationShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share must be within [0, 1]: " + accommodationShare);
        }
    }

    public static RefundTerms full(String rule) {
        return new RefundTerms(BigDecimal.ONE, true, true, rule);
    }

    public boolean isFull() {
        return accommodationShare.compareTo(BigDecimal.ONE) == 0 && cleaningFee && guestServiceFee;
    }
}
