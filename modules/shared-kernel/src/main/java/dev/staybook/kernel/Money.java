package dev.staybook.kernel;

import dev.staybook.kernel.input.AcceptedCurrencies;
import dev.staybook.kernel.input.DecimalInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency. Amounts are kept at the currency's minor-unit scale (2 for EUR, 0 for
 * JPY) so that equal sums compare equal and no floating point ever enters a price. Only accepted
 * currencies ({@link AcceptedCurrencies}), and at most {@value #MAX_INTEGER_DIGITS} digits before the point:
 * what the amount columns hold, checked before the scaling that a huge exponent would make expensive.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final int MAX_INTEGER_DIGITS = 15;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!AcceptedCurrencies.accepts(currency)) {
            throw new IllegalArgumentException(currency + " is not an accepted currency");
        }
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        if (!DecimalInput.isWithin(amount, MAX_INTEGER_DIGITS, Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("the amount has more than %d digits before the point".formatted(MAX_INTEGER_DIGITS));
        }
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException(
                    "%s has more than %d decimals for %s".formatted(amount.toPlainString(), scale, currency));
        }
        amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The smallest amount of the currency there is (0.01 EUR, 1 JPY, 1 ISK): one unit at its scale. */
    public static Money smallestUnit(Currency currency) {
        return new Money(BigDecimal.ONE.movePointLeft(Math.max(currency.getDefaultFractionDigits(), 0)), currency);
    }

    /** Rounds half-even (banker's rounding) to the currency's scale; for computed sums such as percentages. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.setScale(scale, RoundingMode.HALF_EVEN), currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /** This amount scaled by a ratio (0.15 for 15 %), rounded half-even. */
    public Money times(BigDecimal ratio) {
        return rounded(amount.multiply(ratio), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine %s with %s".formatted(currency, other.currency));
        }
        return other;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
