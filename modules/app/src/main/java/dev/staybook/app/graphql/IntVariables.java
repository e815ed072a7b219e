package dev.staybook.app.graphql;

import dev.staybook.app.graphql.QueryDocument.VariableType;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Where the schema says Int, a variable must hold a whole number within Int's 32 bits, as the GraphQL specification
 * coerces it: in a variable declared {@code Int} (or a list of Int) and in the Int fields of an input object a variable
 * holds, however deep. Liberty's SmallRye GraphQL lets {@code 1.5} through, to the field (which fails with an internal
 * error) or into an input object (where it silently becomes 1). Other types are left to the endpoint, which refuses
 * them itself, and so are fields the schema does not have.
 */
final class IntVariables {

    static final String NOT_AN_INT = "$%s must be an Int: a whole number from %d to %d.";

    /** The schema's input types: each one's fields and their types. */
    private final Map<String, Map<String, VariableType>> inputTypes;

    IntVariables(Map<String, Map<String, VariableType>> inputTypes) {
        this.inputTypes = Map.copyOf(inputTypes);
    }

    /** The input types of a schema's text (such as GET /graphql/schema.graphql serves). */
    static IntVariables ofSchema(String schema) {
        return new IntVariables(new QueryParser(QueryTokens.of(schema, Integer.MAX_VALUE - 1), Integer.MAX_VALUE).inputTypes());
    }

    void check(Map<String, VariableType> declared, JsonObject variables) {
        if (variables != null) {
            declared.forEach((name, type) -> check(name, variables.get(name), type));
        }
    }

    /** A list may also be given as its single item (input coercion); null is the type system's business, not ours. */
    private void check(String path, JsonValue value, VariableType type) {
        if (value == null || value == JsonValue.NULL) {
            return;
        }
        if (value instanceof JsonArray items) {
            if (type.lists() > 0) {
                VariableType item = new VariableType(type.name(), type.lists() - 1);
                for (int i = 0; i < items.size(); i++) {
                    check(path + "[" + i + "]", items.get(i), item);
                }
            }
            return;
        }
        if (type.name().equals("Int") && value instanceof JsonNumber number && !isInt(number.bigDecimalValue())) {
            throw new InvalidQuery("invalid-variable", NOT_AN_INT.formatted(path, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        Map<String, VariableType> fields = inputTypes.get(type.name());
        if (fields != null && value instanceof JsonObject object) {
            object.forEach((field, fieldValue) -> {
                VariableType fieldType = fields.get(field);
                if (fieldType != null) {
                    check(path + "." + field, fieldValue, fieldType);
                }
            });
        }
    }

    private static boolean isInt(BigDecimal decimal) {
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
