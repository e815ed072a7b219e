package dev.staybook.kernel.input;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Decimal numbers from outside (JSON bodies, query parameters, GraphQL arguments, files), bounded before any
 * arithmetic touches them. A BigDecimal holds {@code 1e1000000} in a few bytes, and the first {@code setScale}
 * or {@code toPlainString} then spends seconds of CPU on a million digits; so the text is bounded first, and
 * the value's digits before and after the point are counted from its precision and scale, which costs nothing.
 */
public final class DecimalInput {

    /** The longest text read as a number: any amount, coordinate or percentage fits with room to spare. */
    public static final int MAX_TEXT = 40;

    private DecimalInput() {
    }

    /**
     * The number the text writes (plain or scientific notation), if it has at most {@code maxIntegerDigits}
     * digits before the point and at most {@code maxScale} significant digits after it.
     */
    public static Optional<BigDecimal> parse(String text, int maxIntegerDigits, int maxScale) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return isWithin(value, maxIntegerDigits, maxScale) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** Whether the value has at most so many digits before the point and significant digits after it. */
    public static boolean isWithin(BigDecimal value, int maxIntegerDigits, int maxScale) {
        if (value.precision() > MAX_TEXT) {
            return false;
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > maxIntegerDigits) {
            return false;
        }
        // cheap now: at most MAX_TEXT digits, and a scale within int range that no longer hides a huge exponent
        return value.scale() <= maxScale || value.stripTrailingZeros().scale() <= maxScale;
    }
}
