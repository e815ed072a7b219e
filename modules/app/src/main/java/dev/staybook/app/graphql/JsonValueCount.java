package dev.staybook.app.graphql;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;

/**
 * Counts the JSON values of a request body as it streams by, without building them: a body well within the size
 * limit may hold hundreds of thousands of tiny values ({@code [0,0,0,...]} in the variables), each of which becomes
 * objects in every parse of it (this filter's, then the endpoint's), enough to fill the heap with a few requests.
 */
final class JsonValueCount {

    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonValueCount() {
    }

    /** Whether the body holds more than {@code most} values (arrays and objects count as one each, as do their members). */
    static boolean exceeds(byte[] body, int most) {
        int values = 0;
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event != JsonParser.Event.KEY_NAME && event != JsonParser.Event.END_ARRAY
                        && event != JsonParser.Event.END_OBJECT && ++values > most) {
                    return true;
                }
            }
        } catch (RuntimeException notJson) {
            // not JSON, or nested deeper than Parsson reads (a bare RuntimeException): the caller reads the body again
            // and answers what is wrong with it
        }
        return false;
    }
}
