package dev.staybook.reviews.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The average of published overall ratings (two decimals, null without reviews) and their count; for a
 * listing also the average of each aspect.
 */
public record RatingSummary(BigDecimal average, int count, Map<String, BigDecimal> aspects) {

    public RatingSummary {
        aspects = Map.copyOf(aspects);
    }

    public static RatingSummary none() {
        return new RatingSummary(null, 0, Map.of());
    }

    /** The average of {@code count} ratings that add up to {@code sum}, to two decimals; null for none. */
    public static BigDecimal average(long sum, int count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN);
    }
}
