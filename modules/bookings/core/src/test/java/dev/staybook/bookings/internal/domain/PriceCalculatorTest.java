package dev.staybook.bookings.internal.domain;

import static dev.staybook.bookings.api.PriceLineKind.ACCOMMODATION;
import static dev.staybook.bookings.api.PriceLineKind.CLEANING_FEE;
import static dev.staybook.bookings.api.PriceLineKind.GUEST_SERVICE_FEE;
import static dev.staybook.bookings.api.PriceLineKind.HOST_SERVICE_FEE;
import static dev.staybook.bookings.api.PriceLineKind.LENGTH_OF_STAY_DISCOUNT;
import static dev.staybook.bookings.api.PriceLineKind.TAXES;
import static dev.staybook.bookings.internal.domain.Fixtures.FEES;
import static dev.staybook.bookings.internal.domain.Fixtures.eurPrices;
import static dev.staybook.bookings.internal.domain.Fixtures.flatRates;
import static dev.staybook.bookings.internal.domain.Fixtures.stay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.listings.api.NightlyRate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    private final PriceCalculator calculator = new PriceCalculator(FEES);

    @Test
    void pricesAShortStayWithoutDiscount() {
        DateRange stay = stay("2027-03-01", "2027-03-04");
        Quote quote = calculator.quote(stay, Guests.adults(2), eurPrices("100.00", "40.00", "10", "20"), flatRates(stay, "100.00"));

        // subtotal 300 + 40 = 340; guest fee 14 % = 47.60; taxes 10 % = 34.00; host fee 3 % = 10.20
        assertEquals(Money.of("300.00", "EUR"), quote.line(ACCOMMODATION));
        assertEquals(Money.of("40.00", "EUR"), quote.line(CLEANING_FEE));
        assertEquals(Money.of("47.60", "EUR"), quote.line(GUEST_SERVICE_FEE));
        assertEquals(Money.of("34.00", "EUR"), quote.line(TAXES));
        assertEquals(Money.of("10.20", "EUR"), quote.line(HOST_SERVICE_FEE));
        assertEquals(Money.of("421.60", "EUR"), quote.guestTotal());
        assertEquals(Money.of("329.80", "EUR"), quote.hostPayout());
        assertFalse(quote.lines().stream().anyMatch(l -> l.kind() == LENGTH_OF_STAY_DISCOUNT));
    }

    @Test
    void usesTheNightlyOverridesAndTheWeeklyDiscount() {
        DateRange stay = stay("2027-03-01", "2027-03-08");
        List<NightlyRate> rates = new ArrayList<>(flatRates(stay, "100.00"));
        rates.set(5, new NightlyRate(rates.get(5).night(), Money.of("150.00", "EUR")));
        rates.set(6, new NightlyRate(rates.get(6).night(), Money.of("150.00", "EUR")));

        Quote quote = calculator.quote(stay, Guests.adults(2), eurPrices("100.00", "0.00", "10", "20"), rates);

        assertEquals(Money.of("800.00", "EUR"), quote.line(ACCOMMODATION));
        assertEquals(Money.of("-80.00", "EUR"), quote.line(LENGTH_OF_STAY_DISCOUNT));
        assertFalse(quote.lines().stream().anyMatch(l -> l.kind() == CLEANING_FEE));
        assertEquals(Money.of("892.80", "EUR"), quote.guestTotal()); // 720 + 100.80 + 72.00
    }

    @Test
    void appliesTheMonthlyDiscountFromTwentyEightNights() {
        DateRange stay = stay("2027-02-01", "2027-03-01");
        Quote quote = calculator.quote(stay, Guests.adults(1), eurPrices("50.00", "0.00", "10", "25"), flatRates(stay, "50.00"));
        assertEquals(Money.of("-350.00", "EUR"), quote.line(LENGTH_OF_STAY_DISCOUNT));
    }

    @Test
    void everyGuestLineAddsUpToTheGuestTotal() {
        DateRange stay = stay("2027-03-01", "2027-03-10");
        Quote quote = calculator.quote(stay, Guests.adults(3), eurPrices("99.99", "33.33", "7.5", "0"), flatRates(stay, "99.99"));
        Money guestLines = quote.lines().stream().filter(l -> l.kind().isPaidByGuest()).map(PriceLine::amount)
                .reduce(Money::plus).orElseThrow();
        assertEquals(quote.guestTotal(), guestLines);
    }

    @Test
    void countsNightsAcrossAYearBoundary() {
        DateRange stay = stay("2026-12-30", "2027-01-02");
        Quote quote = calculator.quote(stay, Guests.adults(2), eurPrices("100.00", "0.00", "0", "0"), flatRates(stay, "100.00"));
        assertEquals("3 nights", quote.lines().get(0).description());
        assertEquals(Money.of("300.00", "EUR"), quote.line(ACCOMMODATION));
    }

    @Test
    void refusesRatesThatDoNotCoverEveryNight() {
        DateRange stay = stay("2027-03-01", "2027-03-04");
        assertThrows(IllegalArgumentException.class, () ->
                calculator.quote(stay, Guests.adults(1), eurPrices("100.00", "0.00", "0", "0"), flatRates(stay("2027-03-01", "2027-03-03"), "100.00")));
    }

    @Test
    void saysOneNightInTheSingular() {
        DateRange stay = stay("2027-03-01", "2027-03-02");
        Quote quote = calculator.quote(stay, Guests.adults(1), eurPrices("100.00", "0.00", "0", "0"), flatRates(stay, "100.00"));
        assertEquals("1 night", quote.lines().get(0).description());
    }

    @Test
    void refusesATotalBeyondWhatAnAmountMayBe() {
        DateRange year = stay("2027-01-10", "2028-01-09");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> calculator.quote(year, Guests.adults(1),
                eurPrices("999999999.00", "0.00", "0", "0"), flatRates(year, "999999999.00")));
        assertEquals("stay-total-too-large", refused.code());
        DateRange night = stay("2027-01-10", "2027-01-11");
        assertEquals(Money.of("800000000.00", "EUR"), calculator.quote(night, Guests.adults(1),
                eurPrices("800000000.00", "0.00", "0", "0"), flatRates(night, "800000000.00")).line(ACCOMMODATION));
    }

    @Test
    void refusesATotalThatRoundsToNothing() {
        DateRange week = stay("2027-03-01", "2027-03-08");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> calculator.quote(week, Guests.adults(1),
                eurPrices("0.01", "0.00", "99", "99"), flatRates(week, "0.01")));
        assertEquals("stay-total-too-small", refused.code());
        assertTrue(refused.getMessage().contains("0.01 EUR"), refused.getMessage());
    }

    @Test
    void takesTheSmallestUnitAsATotal() {
        DateRange night = stay("2027-03-01", "2027-03-02");
        assertEquals(Money.of("0.01", "EUR"), calculator.quote(night, Guests.adults(1),
                eurPrices("0.01", "0.00", "0", "0"), flatRates(night, "0.01")).guestTotal());
    }
}
