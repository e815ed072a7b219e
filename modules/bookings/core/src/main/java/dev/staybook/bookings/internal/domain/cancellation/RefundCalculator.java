package dev.staybook.bookings.internal.domain.cancellation;

import static dev.staybook.bookings.api.PriceLineKind.ACCOMMODATION;
import static dev.staybook.bookings.api.PriceLineKind.CLEANING_FEE;
import static dev.staybook.bookings.api.PriceLineKind.GUEST_SERVICE_FEE;
import static dev.staybook.bookings.api.PriceLineKind.HOST_SERVICE_FEE;
import static dev.staybook.bookings.api.PriceLineKind.LENGTH_OF_STAY_DISCOUNT;
import static dev.staybook.bookings.api.PriceLineKind.TAXES;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.kernel.Money;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies refund terms to a booking's price lines. The accommodation and its discount are refunded by
 * the same share; taxes follow the refunded taxable amount; each refund line is rounded on its own and
 * never exceeds what was paid for that line. The host keeps the rest of the subtotal, less the host
 * service fee on what they keep.
 */
public final class RefundCalculator {

    private RefundCalculator() {
    }

    public static Refund apply(RefundTerms terms, List<PriceLine> paid) {
        Money accommodation = amount(paid, ACCOMMODATION);
        Money discount = amount(paid, LENGTH_OF_STAY_DISCOUNT);
        Money cleaning = amount(paid, CLEANING_FEE);
        Money taxable = accommodation.plus(discount).plus(cleaning);

        Money refundedAccommodation = accommodation.times(terms.accommodationShare());
        Money refundedDiscount = discount.times(terms.accommodationShare());
        Money refundedCleaning = terms.cleaningFee() ? cleaning : zero(taxable);
        Money refundedTaxable = refundedAccommodation.plus(refundedDiscount).plus(refundedCleaning);
        Money refundedTaxes = share(amount(paid, TAXES), refundedTaxable, taxable);
        Money refundedGuestFee = terms.guestServiceFee() ? amount(paid, GUEST_SERVICE_FEE) : zero(taxable);

        List<PriceLine> lines = new ArrayList<>();
        add(lines, ACCOMMODATION, "Refund of nights", refundedAccommodation);
        add(lines, LENGTH_OF_STAY_DISCOUNT, "Discount on refunded nights", refundedDiscount);
        add(lines, CLEANING_FEE, "Refund of the cleaning fee", refundedCleaning);
        add(lines, GUEST_SERVICE_FEE, "Refund of the service fee", refundedGuestFee);
        add(lines, TAXES, "Refund of taxes", refundedTaxes);
        Money total = lines.stream().map(PriceLine::amount).reduce(zero(taxable), Money::plus);

        Money keptSubtotal = taxable.minus(refundedTaxable);
        Money keptHostFee = share(amount(paid, HOST_SERVICE_FEE), keptSubtotal, taxable);
        return new Refund(lines, total, keptSubtotal.minus(keptHostFee), terms.rule());
    }

    /** {@code whole} scaled by part/of, rounded half-even; the whole itself when part equals of. */
    private static Money share(Money whole, Money part, Money of) {
        if (of.isZero() || part.compareTo(of) == 0) {
            return part.isZero() ? zero(whole) : whole;
        }
        return whole.times(part.amount().divide(of.amount(), MathContext.DECIMAL64));
    }

    private static void add(List<PriceLine> lines, PriceLineKind kind, String description, Money amount) {
        if (!amount.isZero()) {
            lines.add(new PriceLine(kind, description, amount));
        }
    }

    private static Money amount(List<PriceLine> lines, PriceLineKind kind) {
        Money zero = zero(lines.get(0).amount());
        return lines.stream().filter(l -> l.kind() == kind).map(PriceLine::amount).reduce(zero, Money::plus);
    }

    private static Money zero(Money like) {
        return Money.zero(like.currency());
    }

}
