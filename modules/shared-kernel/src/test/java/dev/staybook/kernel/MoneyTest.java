package dev.staybook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsAmountsAtTheCurrencyScale() {
        assertEquals(new BigDecimal("120.00"), Money.of("120", "EUR").amount());
        assertEquals(new BigDecimal("1500"), Money.of("1500", "JPY").amount());
        assertEquals(Money.of("120.0", "EUR"), Money.of("120.00", "EUR"));
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHas() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.005", "EUR"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("10.5", "JPY"));
    }

    @Test
    void addsAndSubtractsWithinOneCurrency() {
        Money total = Money.of("100.10", "EUR").plus(Money.of("0.20", "EUR")).minus(Money.of("50", "EUR"));
        assertEquals(Money.of("50.30", "EUR"), total);
    }

    @Test
    void refusesToMixCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "EUR").plus(Money.of("1", "USD")));
    }

    @Test
    void scalesByARatioWithBankersRounding() {
        assertEquals(Money.of("0.12", "EUR"), Money.of("0.83", "EUR").times(new BigDecimal("0.15")));
        assertEquals(Money.of("0.02", "EUR"), Money.rounded(new BigDecimal("0.025"), Currency.getInstance("EUR")));
        assertEquals(Money.of("0.04", "EUR"), Money.rounded(new BigDecimal("0.035"), Currency.getInstance("EUR")));
    }

    @Test
    void multipliesByNights() {
        assertEquals(Money.of("360.00", "EUR"), Money.of("120", "EUR").times(3));
    }

    @Test
    void comparesAndKnowsItsSign() {
        assertTrue(Money.of("2", "EUR").compareTo(Money.of("10", "EUR")) < 0);
        assertTrue(Money.of("1", "EUR").negate().isNegative());
        assertTrue(Money.zero(Currency.getInstance("EUR")).isZero());
    }

    @Test
    void knowsTheSmallestUnitOfItsCurrency() {
        assertEquals(Money.of("0.01", "EUR"), Money.smallestUnit(Currency.getInstance("EUR")));
        assertEquals(Money.of("1", "JPY"), Money.smallestUnit(Currency.getInstance("JPY")));
        assertEquals(Money.of("1", "ISK"), Money.smallestUnit(Currency.getInstance("ISK")));
    }

    @Test
    void refusesCurrenciesThatAreNotAccepted() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "XAU"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "XXX"));
    }

    @Test
    void refusesAmountsTooLargeForTheLedgerBeforeScalingThem() {
        // scaling this one would write out a hundred million digits, which takes minutes: the bound tells the two apart
        // on any machine, however busy, without timing the check itself
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> assertThrows(IllegalArgumentException.class, () -> new Money(new BigDecimal("1e100000000"), Currency.getInstance("EUR"))));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1" + "0".repeat(15), "EUR"));
        assertEquals(new BigDecimal("999999999999999.00"), Money.of("999999999999999", "EUR").amount());
    }
}
