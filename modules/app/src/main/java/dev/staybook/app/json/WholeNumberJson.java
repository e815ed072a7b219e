package dev.staybook.app.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Whole numbers on input: {@code 2} and {@code 2.0} are two, {@code 1.5} is refused. JSON-B's own reading cuts the
 * fraction off, so a review of 4.5 stars became 4 and a stay for 1.5 adults one for 1, without a word. A number past
 * the type's range is refused too, and so is anything that is not a number (the property is named either way).
 * JSON-B applies these to {@code Integer} and {@code Long} properties, not to {@code int} and {@code long}: request
 * bodies declare the boxed types (absent is null, for Bean Validation to judge).
 */
final class WholeNumberJson {

    /** Digits a number may have before it is refused unread: no whole number of these types has more. */
    private static final int MOST_DIGITS = 40;

    private WholeNumberJson() {
    }

    static final class IntReader implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                BigDecimal number = whole(parser);
                return number == null ? null : number.intValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new JsonbException("must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE, tooLarge);
            }
        }
    }

    static final class LongReader implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                BigDecimal number = whole(parser);
                return number == null ? null : number.longValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new JsonbException("must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE, tooLarge);
            }
        }
    }

    /**
     * The number as written, checked to have no fraction, or null for JSON's null (a record's property comes here even
     * then); bounded before any arithmetic ("1e1000000" is refused).
     */
    private static BigDecimal whole(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber json)) {
            throw new JsonbException("must be a whole number");
        }
        String text = json.toString();
        if (text.length() > MOST_DIGITS) {
            throw new JsonbException("must be a whole number of at most " + MOST_DIGITS + " characters");
        }
        BigDecimal number = new BigDecimal(text);
        if (Math.abs((long) number.scale()) > MOST_DIGITS || number.stripTrailingZeros().scale() > 0) {
            throw new JsonbException("must be a whole number, without a fraction");
        }
        return number;
    }
}
