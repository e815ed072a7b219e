package dev.staybook.kernel.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.InvalidInput;
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

    private static String fieldOf(String amount, String currency) {
        return assertThrows(InvalidInput.class, () -> MoneyInput.money("expectedTotal", amount, currency)).errors().get(0).field();
    }
}
