package dev.staybook.it.support;


import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;

/** Builds small JSON request bodies from alternating names and values (null becomes JSON null). */
public final class Json {

    private Json() {
    }

    public static String of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        JsonObjectBuilder object = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.add((String) namesAndValues[i], value(namesAndValues[i + 1]));
        }
        return object.build().toString();
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        } else if (value instanceof JsonValue json) {
            return json;
        } else if (value instanceof Number number) {
            return jakarta.json.Json.createValue(number.toString().contains(".") ? number.doubleValue() : number.longValue());
        } else if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (value instanceof Collection<?> items) {
            var array = jakarta.json.Json.createArrayBuilder();
            items.forEach(item -> array.add(value(item)));
            return array.build();
        }
        return jakarta.json.Json.createValue(value.toString());
    }
}
