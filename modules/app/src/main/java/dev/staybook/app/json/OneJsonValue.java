package dev.staybook.app.json;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON body is one value (RFC 8259) whose objects name each member once: the readers took the first value and
 * dropped what followed ({@code {...} trailing garbage}, {@code {...}{"adults": 60}}), and the last of two members of
 * one name, so what was stored was a guess at what the client meant. Anything else the readers find wrong they answer
 * themselves, as before. The callers answer 400 {@code malformed-json} (REST) or a GraphQL syntax error.
 */
public final class OneJsonValue {

    /** Looked up once: the provider lookup walks the class path. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Set<String> ARRAY = Set.of();

    private OneJsonValue() {
    }

    /** What is wrong with the body: something after its value, or an object that names a member twice; else empty. */
    public static Optional<String> problemOf(byte[] body) {
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            Deque<Set<String>> open = new ArrayDeque<>();
            boolean valueRead = false;
            while (!valueRead && parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT -> open.push(new HashSet<>());
                    case START_ARRAY -> open.push(ARRAY);
                    case END_OBJECT, END_ARRAY -> open.pop();
                    case KEY_NAME -> {
                        if (!open.element().add(parser.getString())) {
                            return Optional.of("The request body names \"%s\" twice in one object: say it once.".formatted(parser.getString()));
                        }
                    }
                    default -> { }
                }
                valueRead = open.isEmpty();
            }
            return valueRead && hasMore(parser) ? Optional.of("The request body must be one JSON value, and something follows it.")
                    : Optional.empty();
        } catch (RuntimeException unreadable) {
            // not JSON at all (Parsson refuses deep nesting with a bare RuntimeException, the rest with a JsonException):
            // the reader that expected it answers with what it expected
            return Optional.empty();
        }
    }

    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (RuntimeException notJson) {
            return true; // what follows is not even JSON
        }
    }
}
