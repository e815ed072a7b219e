package dev.staybook.bookings.internal.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The platform's rates, in percent of the stay subtotal (accommodation after discount, plus cleaning):
 * the guest service fee and taxes are added to what the guest pays; the host service fee is deducted
 * from what the host earns.
 */
public record FeeSchedule(BigDecimal guestServiceFeePercent, BigDecimal hostServiceFeePercent, BigDecimal taxPercent) {

    public FeeSchedule {
        for (BigDecimal rate : new BigDecimal[] {guestServiceFeePercent, hostServiceFeePercent, taxPercent}) {
            Objects.requireNonNull(rate, "rate");
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("a fee rate must be in [0, 100): " + rate);
            }
        }
    }
}
