package dev.staybook.bookings.internal.domain.cancellation;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.kernel.Money;
import java.util.ArrayList;
import java.util.List;

/** What a cancellation gives back to the guest, line by line, and what the host still earns. */
public record Refund(List<PriceLine> lines, Money total, Money hostPayout, String rule) {

    public Refund {
        lines = List.copyOf(lines);
    }

    /**
     * This refund as the guest gets it when only {@code paidBack} of it is returned, because support refunds made
     * earlier count towards it: the difference is a line of its own, so the lines still add up to the total.
     */
    public Refund paidBackOnly(Money paidBack) {
        if (paidBack.compareTo(total) == 0) {
            return this;
        }
        List<PriceLine> counted = new ArrayList<>(lines);
        counted.add(new PriceLine(PriceLineKind.SUPPORT_REFUNDS, "Already refunded by support", paidBack.minus(total)));
        return new Refund(counted, paidBack, hostPayout, rule);
    }
}
