package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.Money;
import dev.staybook.listings.api.NightlyRate;
import dev.staybook.listings.api.PriceRules;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a whole stay costs: the nights at their prices (overrides applied), less the length-of-stay
 * discount rounded half-even to the currency, plus the cleaning fee. Search computes the same total in
 * SQL; this is the reference the tests hold it to.
 */
public record StayPrice(long nights, Money total) {

    public static StayPrice of(List<NightlyRate> rates, PriceRules rules) {
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("a stay has at least one night");
        }
        Money nightsTotal = rates.stream().map(NightlyRate::price)
                .reduce(Money.zero(rules.nightlyPrice().currency()), Money::plus);
        BigDecimal ratio = rules.discountPercentFor(rates.size()).movePointLeft(2);
        Money discount = nightsTotal.times(ratio);
        return new StayPrice(rates.size(), nightsTotal.minus(discount).plus(rules.cleaningFee()));
    }
}
