package dev.staybook.app.json;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads the JSON-P bodies of the resources that take {@link JsonValue} (merge patches, listing and calendar bodies).
 * Liberty's own reader answers 500 when Parsson refuses a body nested deeper than its limit (a bare
 * RuntimeException, not a parsing exception): whatever cannot be read is the caller's mistake, a 400
 * {@code malformed-json} as JSON-B's bodies are.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonValueReader implements MessageBodyReader<JsonValue> {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonValue.class;
    }

    @Override
    public JsonValue readFrom(Class<JsonValue> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                              MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try (JsonReader reader = READERS.createReader(body, StandardCharsets.UTF_8)) {
            return reader.readValue();
        } catch (RuntimeException unreadable) {
            throw new MalformedJson(unreadable);
        }
    }
}
