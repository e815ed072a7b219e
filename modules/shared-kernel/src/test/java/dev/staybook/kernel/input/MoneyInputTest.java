package dev.staybook.kernel.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.InvalidInput;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyInputTest {

    @Test
    void readsAnAmountAndACurrencyAtTheCurrencysScale() {
        assertEquals(Money.of("136.40", "EUR"), MoneyInput.money("expectedTotal", "136.4", "EUR"));
        assertEquals(Money.of("0", "JPY"), MoneyInput.money("expectedTotal", "0", "JPY"));
    }

    @Test
    void namesTheSubfieldAtFault() {
        assertEquals("expectedTotal.amount", fieldOf("12,50", "EUR"));
        assertEquals("expectedTotal.amount", fieldOf("-1.00", "EUR"));
        assertEquals("expectedTotal.amount", fieldOf("1.001", "EUR"));
        assertEquals("expectedTotal.amount", fieldOf("1.5", "JPY"));
        assertEquals("expectedTotal.currency", fieldOf("1.00", "XXX"));
        assertEquals("expectedTotal.currency", fieldOf("1.00", null));
    }

    @Test
    void readsOnlyTheContractsCapitalCurrencyCodes() {
        for (String unmeant : new String[] {"eur", "Eur", " EUR", "EUR ", "EURO"}) {
            assertEquals(Optional.empty(), MoneyInput.currency(unmeant), unmeant);
            assertEquals("expectedTotal.currency", fieldOf("1.00", unmeant), unmeant);
        }
        assertEquals(Optional.of(Currency.getInstance("EUR")), MoneyInput.currency("EUR"));
    }

    @Test
    void readsOnlyTheContractsPlainDigits() {
        for (String unmeant : new String[] {"1e1", "1E+1", "+1.00", " 1.00", "1.00 ", "1.", ".5", "0x10", "1_000"}) {
            assertEquals(Optional.empty(), MoneyInput.amount(unmeant), unmeant);
        }
        assertEquals(Optional.of(new BigDecimal("-12.50")), MoneyInput.amount("-12.50"));
        assertEquals(Optional.of(new BigDecimal("120")), MoneyInput.amount("120"));
    }

    private static String fieldOf(String amount, String currency) {
        return assertThrows(InvalidInput.class, () -> MoneyInput.money("expectedTotal", amount, currency)).errors().get(0).field();
    }
}
