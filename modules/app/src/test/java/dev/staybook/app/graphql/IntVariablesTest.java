package dev.staybook.app.graphql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class IntVariablesTest {

    private static final String SEARCH = """
            query Search($guests: Int, $limit: Int!, $days: [[Int!]], $city: String) {
              listings(city: $city, guests: $guests, limit: $limit) { items { id } }
            }""";

    private static void check(String query, String variables) {
        QueryDocument document = QueryDocument.parse(query, QueryLimits.MAX_TOKENS, 30);
        IntVariables.check(document.variables(), Json.createReader(new StringReader(variables)).readObject());
    }

    private static String refusal(String variables) {
        InvalidQuery refused = assertThrows(InvalidQuery.class, () -> check(SEARCH, variables));
        assertEquals("invalid-variable", refused.code());
        return refused.getMessage();
    }

    @Test
    void wholeNumbersWithinIntPass() {
        assertDoesNotThrow(() -> check(SEARCH, """
                {"guests": 2, "limit": 2147483647, "days": [[1, -2147483648], [3]], "city": "Lyon"}"""));
        assertDoesNotThrow(() -> check(SEARCH, """
                {"guests": 2.0, "limit": 20, "days": 4}"""), "1 item for a list, as input coercion allows");
        assertDoesNotThrow(() -> check(SEARCH, """
                {"guests": null, "limit": 20, "city": 12}"""), "null and other types are the endpoint's to judge");
    }

    @Test
    void fractionsAndNumbersBeyondIntAreRefusedNamingTheVariable() {
        assertEquals("The variable $guests must be an Int: a whole number from -2147483648 to 2147483647.",
                refusal("{\"guests\": 1.5, \"limit\": 20}"));
        refusal("{\"limit\": 2147483648}");
        refusal("{\"limit\": 20, \"days\": [[1, 2.5]]}");
        refusal("{\"limit\": 1e400000000}");
        refusal("{\"limit\": -1e-400000000}");
    }

    @Test
    void aVariableTwoOperationsDeclareDifferentlyIsLeftToTheEndpoint() {
        String twoOperations = """
                query A($x: Int) { listings(guests: $x) { items { id } } }
                query B($x: String) { listings(city: $x) { items { id } } }""";
        assertDoesNotThrow(() -> check(twoOperations, "{\"x\": \"Lyon\"}"));
        JsonObject none = null;
        assertDoesNotThrow(() -> IntVariables.check(QueryDocument.parse(SEARCH, 100, 30).variables(), none));
    }
}
