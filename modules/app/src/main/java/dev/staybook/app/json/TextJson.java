package dev.staybook.app.json;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Text on input is a JSON string: JSON-B's own reading turns {@code "reason": 123} into "123" and {@code "text": true}
 * into "true", so a client's wrong type was stored as if meant. Refused instead, naming the property, as a string
 * where a number belongs is ({@link WholeNumberJson}). What the text may hold is each field's rule (FreeText).
 */
final class TextJson {

    private TextJson() {
    }

    static final class Reader implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonString text) {
                return text.getString();
            }
            throw new JsonbException("must be a string");
        }
    }
}
