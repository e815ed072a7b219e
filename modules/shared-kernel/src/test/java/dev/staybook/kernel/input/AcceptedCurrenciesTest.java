package dev.staybook.kernel.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptedCurrenciesTest {

    @Test
    void findsAcceptedCurrenciesInAnyCase() {
        assertEquals(Optional.of(Currency.getInstance("EUR")), AcceptedCurrencies.find(" eur "));
        assertEquals(Optional.of(Currency.getInstance("JPY")), AcceptedCurrencies.find("JPY"));
    }

    @Test
    void refusesCodesThatAreNoMoneyForAStay() {
        for (String code : new String[] {"XXX", "XAU", "XAG", "XDR", "XTS", "KWD", "BHD", "MGA", "EU", "", "EURO"}) {
            assertEquals(Optional.empty(), AcceptedCurrencies.find(code), code);
        }
        assertEquals(Optional.empty(), AcceptedCurrencies.find(null));
    }

    @Test
    void gatewayMinorUnitsFollowTheGatewayNotJava() {
        assertEquals(2, AcceptedCurrencies.gatewayDigits(Currency.getInstance("EUR")));
        assertEquals(0, AcceptedCurrencies.gatewayDigits(Currency.getInstance("JPY")));
        assertEquals(0, Currency.getInstance("ISK").getDefaultFractionDigits(), "Java counts whole krónur");
        assertEquals(2, AcceptedCurrencies.gatewayDigits(Currency.getInstance("ISK")), "the gateway counts hundredths");
    }

    /** Any amount at Java's scale is a whole number of the gateway's minor units, so every price can be charged exactly. */
    @Test
    void everyAcceptedCurrencyHasNoMoreJavaDecimalsThanGatewayDigits() {
        for (String code : AcceptedCurrencies.codes()) {
            Currency currency = Currency.getInstance(code);
            assertTrue(currency.getDefaultFractionDigits() >= 0
                    && currency.getDefaultFractionDigits() <= AcceptedCurrencies.gatewayDigits(currency), code);
        }
    }
}
