package dev.staybook.kernel.input;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.InvalidInput;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Money as clients write it: an amount of at most {@value #MAX_INTEGER_DIGITS} digits before the point in an
 * accepted currency. A night, a fee or a price filter never needs more, and 365 nights of the largest price
 * with fees and taxes still fit every amount column. The currency's own decimals are checked by {@code Money}.
 */
public final class MoneyInput {

    public static final int MAX_INTEGER_DIGITS = 9;
    /** More than any accepted currency has: finer amounts are reported as too many decimals for the currency. */
    private static final int MAX_SCALE = 4;
    /** The contract's pattern for an amount (Money.amount). */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+([.][0-9]+)?");
    /** The contract's pattern for a currency (Money.currency): the ISO 4217 code as ISO writes it. */
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /** What an amount must be, for messages: "must be " + this. */
    public static final String AMOUNT_RULE = "a decimal string such as \"120.00\", below 1000000000";
    /** What a currency must be, for messages: "must be " + this. */
    public static final String CURRENCY_RULE = "an accepted ISO 4217 currency code in capitals such as EUR "
            + "(see the API documentation for the list)";

    private MoneyInput() {
    }

    /**
     * An amount as the contract writes it, plain digits with an optional sign and decimals ("120.00"): not "1e2",
     * "+120" or " 120", which BigDecimal would read. An amount moves money; what a client did not mean to write
     * is refused rather than guessed.
     */
    public static Optional<BigDecimal> amount(String text) {
        if (text == null || text.length() > DecimalInput.MAX_TEXT || !PLAIN_DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return DecimalInput.parse(text, MAX_INTEGER_DIGITS, MAX_SCALE);
    }

    /** A JSON or GraphQL number already read: the same bounds. */
    public static Optional<BigDecimal> amount(BigDecimal value) {
        return DecimalInput.isWithin(value, MAX_INTEGER_DIGITS, MAX_SCALE) ? Optional.of(value) : Optional.empty();
    }

    /**
     * A currency as the contract writes it, "EUR": not "eur" or " EUR", which name the same currency but are not what
     * the contract allows. Every body that carries money reads its currency here, so one rule holds for all of them.
     */
    public static Optional<Currency> currency(String code) {
        return code != null && CURRENCY_CODE.matcher(code).matches() ? AcceptedCurrencies.find(code) : Optional.empty();
    }

    /**
     * Money as a client wrote it, {@code {"amount": "120.00", "currency": "EUR"}}, not negative; otherwise
     * {@link InvalidInput} naming {@code field}.amount or {@code field}.currency.
     */
    public static Money money(String field, String amount, String currency) {
        BigDecimal value = amount(amount).orElseThrow(() -> InvalidInput.field(field + ".amount", "must be " + AMOUNT_RULE));
        if (value.signum() < 0) {
            throw InvalidInput.field(field + ".amount", "must not be negative");
        }
        Currency code = currency(currency)
                .orElseThrow(() -> InvalidInput.field(field + ".currency", "must be " + CURRENCY_RULE));
        try {
            return new Money(value, code);
        } catch (IllegalArgumentException | ArithmeticException tooPrecise) {
            throw InvalidInput.field(field + ".amount", "has more decimals than %s allows (%d)".formatted(code, code.getDefaultFractionDigits()));
        }
    }
}
