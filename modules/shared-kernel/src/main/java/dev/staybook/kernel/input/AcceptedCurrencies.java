package dev.staybook.kernel.input;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The currencies Staybook takes money in, each with the minor units payment gateways count it in (Stripe's
 * table of currencies: an API amount is the amount times 10 to that power). Java's own currency digits
 * differ for some: ISK has none in Java but two in the gateway's amounts (whole krónur, times 100).
 *
 * <p>Left out on purpose: codes that are no money to pay a stay with (XAU and the other metals, XDR, the test
 * code XXX, fund codes), the three-decimal currencies (BHD, JOD, KWD, OMR, TND: the gateway refuses amounts
 * whose last digit is not 0, which fee arithmetic cannot promise), and currencies whose gateway minor units
 * are fewer than Java's (MGA), whose prices could not be charged exactly.
 */
public final class AcceptedCurrencies {

    private static final Map<String, Integer> GATEWAY_DIGITS = Map.ofEntries(
            Map.entry("AED", 2), Map.entry("AUD", 2), Map.entry("BGN", 2), Map.entry("BRL", 2), Map.entry("CAD", 2),
            Map.entry("CHF", 2), Map.entry("CNY", 2), Map.entry("COP", 2), Map.entry("CZK", 2), Map.entry("DKK", 2),
            Map.entry("EGP", 2), Map.entry("EUR", 2), Map.entry("GBP", 2), Map.entry("HKD", 2), Map.entry("HUF", 2),
            Map.entry("IDR", 2), Map.entry("ILS", 2), Map.entry("INR", 2), Map.entry("MAD", 2), Map.entry("MXN", 2),
            Map.entry("MYR", 2), Map.entry("NOK", 2), Map.entry("NZD", 2), Map.entry("PEN", 2), Map.entry("PHP", 2),
            Map.entry("PLN", 2), Map.entry("RON", 2), Map.entry("SAR", 2), Map.entry("SEK", 2), Map.entry("SGD", 2),
            Map.entry("THB", 2), Map.entry("TRY", 2), Map.entry("TWD", 2), Map.entry("USD", 2), Map.entry("ZAR", 2),
            // zero-decimal in Java and for the gateway
            Map.entry("BIF", 0), Map.entry("CLP", 0), Map.entry("DJF", 0), Map.entry("GNF", 0), Map.entry("JPY", 0),
            Map.entry("KMF", 0), Map.entry("KRW", 0), Map.entry("PYG", 0), Map.entry("RWF", 0), Map.entry("UGX", 0),
            Map.entry("VND", 0), Map.entry("VUV", 0), Map.entry("XAF", 0), Map.entry("XOF", 0), Map.entry("XPF", 0),
            // whole krónur only, but counted in hundredths by the gateway
            Map.entry("ISK", 2));

    private AcceptedCurrencies() {
    }

    /** The accepted currency with this ISO 4217 code (any letter case, surrounding blanks ignored). */
    public static Optional<Currency> find(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return GATEWAY_DIGITS.containsKey(normalized) ? Optional.of(Currency.getInstance(normalized)) : Optional.empty();
    }

    public static boolean accepts(Currency currency) {
        return GATEWAY_DIGITS.containsKey(currency.getCurrencyCode());
    }

    /** Minor-unit digits of the currency in payment gateway amounts (2 for EUR, 0 for JPY, 2 for ISK). */
    public static int gatewayDigits(Currency currency) {
        Integer digits = GATEWAY_DIGITS.get(currency.getCurrencyCode());
        if (digits == null) {
            throw new IllegalArgumentException(currency + " is not an accepted currency");
        }
        return digits;
    }

    public static Set<String> codes() {
        return GATEWAY_DIGITS.keySet();
    }

    /** For messages: "an accepted ISO 4217 currency code such as EUR". */
    public static String describe() {
        return "an accepted ISO 4217 currency code such as EUR (see the API documentation for the list)";
    }
}
