package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.Money;
import dev.staybook.listings.api.PriceRules;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * What a stay costs before per-night overrides: a positive nightly price, a cleaning fee in the same
 * currency, and length-of-stay discounts of 0 to 99 percent.
 */
public record Pricing(Money nightlyPrice, Money cleaningFee, int weeklyDiscountPercent, int monthlyDiscountPercent) {

    public Pricing {
        InputErrors errors = new InputErrors()
                .check(nightlyPrice != null && nightlyPrice.amount().signum() > 0, "nightlyPrice", "must be more than zero")
                .check(cleaningFee == null || !cleaningFee.isNegative(), "cleaningFee", "must not be negative")
                .check(weeklyDiscountPercent >= 0 && weeklyDiscountPercent <= 99, "weeklyDiscountPercent", "must be between 0 and 99")
                .check(monthlyDiscountPercent >= 0 && monthlyDiscountPercent <= 99, "monthlyDiscountPercent", "must be between 0 and 99");
        if (nightlyPrice != null && cleaningFee != null) {
            errors.check(cleaningFee.currency().equals(nightlyPrice.currency()), "cleaningFee.currency",
                    "must be the nightly price's currency");
        }
        errors.throwIfAny("The pricing is invalid.");
        cleaningFee = cleaningFee == null ? Money.zero(nightlyPrice.currency()) : cleaningFee;
    }

    public Currency currency() {
        return nightlyPrice.currency();
    }

    public PriceRules rules() {
        return new PriceRules(nightlyPrice, cleaningFee, BigDecimal.valueOf(weeklyDiscountPercent),
                BigDecimal.valueOf(monthlyDiscountPercent));
    }
}
