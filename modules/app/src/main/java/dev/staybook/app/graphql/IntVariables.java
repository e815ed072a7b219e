package dev.staybook.app.graphql;

import dev.staybook.app.graphql.QueryDocument.VariableType;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Variables declared {@code Int} (or lists of Int) must hold whole numbers within Int's 32 bits, as the GraphQL
 * specification coerces them. Liberty's SmallRye GraphQL lets {@code 1.5} or {@code 3000000000} through to the field
 * and fails there with an internal error (200, "Server Error"): the request's mistake, answered 400 before it runs.
 * Other types are left to the endpoint, which refuses them itself.
 */
final class IntVariables {

    static final String NOT_AN_INT = "The variable $%s must be an Int: a whole number from %d to %d.";

    private IntVariables() {
    }

    static void check(Map<String, VariableType> declared, JsonObject variables) {
        if (variables == null) {
            return;
        }
        declared.forEach((name, type) -> {
            if (type.name().equals("Int") && !holdsInts(variables.get(name), type.lists())) {
                throw new InvalidQuery("invalid-variable", NOT_AN_INT.formatted(name, Integer.MIN_VALUE, Integer.MAX_VALUE));
            }
        });
    }

    /** A list may also be given as its single item (input coercion); null is the type system's business, not ours. */
    private static boolean holdsInts(JsonValue value, int lists) {
        if (value == null || value == JsonValue.NULL) {
            return true;
        }
        if (value instanceof JsonArray items) {
            return lists > 0 && items.stream().allMatch(item -> holdsInts(item, lists - 1));
        }
        if (!(value instanceof JsonNumber number)) {
            return true;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.precision() - decimal.scale() > 10) {
            return false; // more whole digits than any int has: 1e400000000 is not expanded to be refused
        }
        try {
            decimal.intValueExact();
            return true;
        } catch (ArithmeticException fractionOrTooLarge) {
            return false;
        }
    }
}
