package dev.staybook.listings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.kernel.Money;
import dev.staybook.listings.api.NightlyRate;
import dev.staybook.listings.api.PriceRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StayPriceTest {

    private static List<NightlyRate> nights(String... prices) {
        return IntStream.range(0, prices.length)
                .mapToObj(i -> new NightlyRate(LocalDate.of(2027, 1, 1).plusDays(i), Money.of(prices[i], "EUR"))).toList();
    }

    private static PriceRules rules(String nightly, String cleaning, int weekly, int monthly) {
        return new PriceRules(Money.of(nightly, "EUR"), Money.of(cleaning, "EUR"), BigDecimal.valueOf(weekly), BigDecimal.valueOf(monthly));
    }

    @Test
    void shortStaysPayNightsPlusCleaning() {
        StayPrice price = StayPrice.of(nights("100.00", "150.00", "100.00"), rules("100", "25", 10, 20));
        assertEquals(3, price.nights());
        assertEquals(Money.of("375.00", "EUR"), price.total());
    }

    @Test
    void aWeekGetsTheWeeklyDiscountOnTheNightsOnly() {
        StayPrice price = StayPrice.of(nights("100", "100", "100", "100", "100", "100", "100"), rules("100", "30", 10, 20));
        assertEquals(Money.of("660.00", "EUR"), price.total());
    }

    @Test
    void fourWeeksGetTheLargerOfBothDiscounts() {
        List<NightlyRate> month = nights(IntStream.range(0, 28).mapToObj(i -> "50").toArray(String[]::new));
        assertEquals(Money.of("1120.00", "EUR"), StayPrice.of(month, rules("50", "0", 10, 20)).total());
        assertEquals(Money.of("1064.00", "EUR"), StayPrice.of(month, rules("50", "0", 24, 5)).total());
    }

    @Test
    void theDiscountRoundsHalfToEven() {
        // 7 x 176.45 = 1235.15; 15 % = 185.2725 -> 185.27. 7 x 176.35 = 1234.45; 15 % = 185.1675 -> 185.17
        assertEquals(Money.of("1049.88", "EUR"), StayPrice.of(nights("176.45", "176.45", "176.45", "176.45", "176.45", "176.45", "176.45"),
                rules("176.45", "0", 15, 0)).total());
        // 7 x 21.45 = 150.15; 5 % = 7.5075 -> 7.51; and 7 x 10.50 = 73.50; 5 % = 3.675 -> 3.68 (half-even keeps 8)
        assertEquals(Money.of("69.82", "EUR"), StayPrice.of(nights("10.50", "10.50", "10.50", "10.50", "10.50", "10.50", "10.50"),
                rules("10.50", "0", 5, 0)).total());
        // 7 x 10.70 = 74.90; 5 % = 3.745 -> 3.74 (half-even: 4 is even), not 3.75
        assertEquals(Money.of("71.16", "EUR"), StayPrice.of(nights("10.70", "10.70", "10.70", "10.70", "10.70", "10.70", "10.70"),
                rules("10.70", "0", 5, 0)).total());
    }
}
