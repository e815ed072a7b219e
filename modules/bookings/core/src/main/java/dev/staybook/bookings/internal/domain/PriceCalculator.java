package dev.staybook.bookings.internal.domain;

import static dev.staybook.bookings.api.PriceLineKind.ACCOMMODATION;
import static dev.staybook.bookings.api.PriceLineKind.CLEANING_FEE;
import static dev.staybook.bookings.api.PriceLineKind.GUEST_SERVICE_FEE;
import static dev.staybook.bookings.api.PriceLineKind.HOST_SERVICE_FEE;
import static dev.staybook.bookings.api.PriceLineKind.LENGTH_OF_STAY_DISCOUNT;
import static dev.staybook.bookings.api.PriceLineKind.TAXES;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.kernel.input.MoneyInput;
import dev.staybook.listings.api.NightlyRate;
import dev.staybook.listings.api.PriceRules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices a stay: nights at their nightly rates (host overrides included), minus the length-of-stay
 * discount, plus cleaning; then the guest service fee and taxes on that subtotal for the guest, and
 * the host service fee on it for the host. Every line is rounded half-even to the currency on its own,
 * so the lines always add up to the totals shown. A total beyond what clients may write as an amount is refused: support
 * could not refund it through the API, and no gateway would take it. So is a total below the currency's smallest unit
 * (a tiny price under a steep discount rounds to 0.00): no gateway authorizes nothing, and the payment would never end.
 */
public final class PriceCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FeeSchedule fees;

    public PriceCalculator(FeeSchedule fees) {
        this.fees = fees;
    }

    public Quote quote(DateRange stay, Guests guests, PriceRules rules, List<NightlyRate> nights) {
        if (nights.size() != stay.nights()) {
            throw new IllegalArgumentException("need one rate per night: %d rates for %d nights".formatted(nights.size(), stay.nights()));
        }
        Money accommodation = nights.stream().map(NightlyRate::price).reduce(Money::plus).orElseThrow();
        Money discount = percentOf(accommodation, rules.discountPercentFor(stay.nights())).negate();
        Money cleaning = rules.cleaningFee();
        Money subtotal = accommodation.plus(discount).plus(cleaning);
        Money guestFee = percentOf(subtotal, fees.guestServiceFeePercent());
        Money taxes = percentOf(subtotal, fees.taxPercent());
        Money hostFee = percentOf(subtotal, fees.hostServiceFeePercent());

        List<PriceLine> lines = new ArrayList<>();
        lines.add(new PriceLine(ACCOMMODATION, stay.nights() == 1 ? "1 night" : "%d nights".formatted(stay.nights()), accommodation));
        if (!discount.isZero()) {
            lines.add(new PriceLine(LENGTH_OF_STAY_DISCOUNT, "%s%% length-of-stay discount"
                    .formatted(rules.discountPercentFor(stay.nights()).stripTrailingZeros().toPlainString()), discount));
        }
        if (!cleaning.isZero()) {
            lines.add(new PriceLine(CLEANING_FEE, "Cleaning fee", cleaning));
        }
        lines.add(new PriceLine(GUEST_SERVICE_FEE, "Service fee", guestFee));
        if (!taxes.isZero()) {
            lines.add(new PriceLine(TAXES, "Taxes", taxes));
        }
        lines.add(new PriceLine(HOST_SERVICE_FEE, "Host service fee (deducted from the payout)", hostFee));
        Money guestTotal = subtotal.plus(guestFee).plus(taxes);
        requireChargeable(guestTotal);
        return new Quote(stay, guests, nights, lines, guestTotal, subtotal.minus(hostFee));
    }

    private static void requireChargeable(Money guestTotal) {
        if (MoneyInput.amount(guestTotal.amount()).isEmpty()) {
            throw new RuleViolation("stay-total-too-large", "This stay would cost more than any amount the platform takes "
                    + "(" + MoneyInput.AMOUNT_RULE + "): choose fewer nights.");
        }
        Money smallest = Money.smallestUnit(guestTotal.currency());
        if (guestTotal.compareTo(smallest) < 0) {
            throw new RuleViolation("stay-total-too-small", "This stay would cost " + guestTotal
                    + ", less than any amount a payment can take (the smallest total is " + smallest + ").");
        }
    }

    static Money percentOf(Money amount, BigDecimal percent) {
        return amount.times(percent.divide(HUNDRED, MathContext.DECIMAL64));
    }
}
