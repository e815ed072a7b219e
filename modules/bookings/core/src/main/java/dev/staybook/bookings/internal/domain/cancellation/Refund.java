package dev.staybook.bookings.internal.domain.cancellation;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.kernel.Money;
import java.util.ArrayList;
import java.util.List;

/** What a cancellation gives back to the guest, line by line, and what the host still earns. */
public record Refund(List<PriceLine> lines, Money total, Money hostPayout, String rule) {

    private static final String SUPPORT_REFUNDS = "Already refunded by support";

    public Refund {
        lines = List.copyOf(lines);
    }

    /**
     * This refund as the guest gets it when only {@code paidBack} of what the policy grants is returned, because support
     * refunds count towards it: the difference is one line of its own, replacing any such line this refund had, so
     * the lines still add up to the total. More than the policy grants is never paid back.
     */
    public Refund paidBackOnly(Money paidBack) {
        if (paidBack.compareTo(total) == 0) {
            return this;
        }
        List<PriceLine> granted = lines.stream().filter(line -> line.kind() != PriceLineKind.SUPPORT_REFUNDS).toList();
        Money grantedTotal = granted.stream().map(PriceLine::amount).reduce(Money.zero(total.currency()), Money::plus);
        if (paidBack.isNegative() || paidBack.compareTo(grantedTotal) > 0) {
            throw new IllegalArgumentException("a cancellation granting " + grantedTotal + " cannot pay back " + paidBack);
        }
        List<PriceLine> counted = new ArrayList<>(granted);
        if (paidBack.compareTo(grantedTotal) != 0) {
            counted.add(new PriceLine(PriceLineKind.SUPPORT_REFUNDS, SUPPORT_REFUNDS, paidBack.minus(grantedTotal)));
        }
        return new Refund(counted, paidBack, hostPayout, rule);
    }
}
