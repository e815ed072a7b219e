package dev.staybook.listings.api;

import dev.staybook.kernel.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a listing prices a stay: a base nightly price (per-night overrides come from the calendar), a
 * cleaning fee per stay, and length-of-stay discounts in percent (weekly from 7 nights, monthly from
 * 28 nights; the larger one that applies is used). All amounts are in one currency.
 */
public record PriceRules(Money nightlyPrice, Money cleaningFee, BigDecimal weeklyDiscountPercent,
                         BigDecimal monthlyDiscountPercent) {

    public static final int WEEKLY_NIGHTS = 7;
    public static final int MONTHLY_NIGHTS = 28;

    public PriceRules {
        Objects.requireNonNull(nightlyPrice, "nightlyPrice");
        Objects.requireNonNull(cleaningFee, "cleaningFee");
        if (!nightlyPrice.currency().equals(cleaningFee.currency())) {
            throw new IllegalArgumentException("nightly price and cleaning fee must share one currency");
        }
        weeklyDiscountPercent = weeklyDiscountPercent == null ? BigDecimal.ZERO : weeklyDiscountPercent;
        monthlyDiscountPercent = monthlyDiscountPercent == null ? BigDecimal.ZERO : monthlyDiscountPercent;
    }

    /** The discount in percent for a stay of this many nights (0 when none applies). */
    public BigDecimal discountPercentFor(long nights) {
        BigDecimal discount = BigDecimal.ZERO;
        if (nights >= WEEKLY_NIGHTS) {
            discount = discount.max(weeklyDiscountPercent);
        }
        if (nights >= MONTHLY_NIGHTS) {
            discount = discount.max(monthlyDiscountPercent);
        }
        return discount;
    }
}
