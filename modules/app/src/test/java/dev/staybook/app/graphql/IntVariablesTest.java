package dev.staybook.app.graphql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class IntVariablesTest {

    /** Shaped as SmallRye prints a schema: descriptions, an argument named input, defaults, nested input types. */
    private static final String SCHEMA = """
            "Query root"
            type Query {
              listings(city: String, guests: Int, limit: Int = 20): ListingPage
            }
            type Mutation {
              book(input: BookingInput): Booking
              createListing(listing: ListingInput): Listing
            }
            input BookingInput {
              "Adults, 18 and over"
              adults: Int
              listingId: String
              party: [PartyInput!] = [{age: 3}]
            }
            input PartyInput {
              age: Int @deprecated(reason: "no")
            }
            input ListingInput {
              capacity: CapacityInput
              title: String
            }
            input CapacityInput {
              bathrooms: BigDecimal
              guests: Int
            }
            """;

    private static final String QUERIES = """
            query Search($guests: Int, $limit: Int!, $days: [[Int!]], $city: String) {
              listings(city: $city, guests: $guests, limit: $limit) { items { id } }
            }
            mutation Book($booking: BookingInput!, $listing: ListingInput) { book(input: $booking) { id } }""";

    private static final IntVariables CHECK = IntVariables.ofSchema(SCHEMA);

    private static void check(String query, String variables) {
        QueryDocument document = QueryDocument.parse(query, QueryLimits.MAX_TOKENS, 30);
        CHECK.check(document.variables(), Json.createReader(new StringReader(variables)).readObject());
    }

    private static String refusal(String variables) {
        InvalidQuery refused = assertThrows(InvalidQuery.class, () -> check(QUERIES, variables));
        assertEquals("invalid-variable", refused.code());
        return refused.getMessage();
    }

    @Test
    void wholeNumbersWithinIntPass() {
        assertDoesNotThrow(() -> check(QUERIES, """
                {"guests": 2, "limit": 2147483647, "days": [[1, -2147483648], [3]], "city": "Lyon",
                 "booking": {"adults": 2, "party": [{"age": 4}, {"age": null}]}, "listing": {"capacity": {"guests": 4, "bathrooms": 1.5}}}"""));
        assertDoesNotThrow(() -> check(QUERIES, """
                {"guests": 2.0, "limit": 20, "days": 4, "booking": {"party": {"age": 1}}}"""), "1 item for a list, as input coercion allows");
        assertDoesNotThrow(() -> check(QUERIES, """
                {"guests": null, "limit": 20, "city": 12, "booking": {"adults": "two", "unknown": 1.5}}"""),
                "null, other types and unknown fields are the endpoint's to judge");
    }

    @Test
    void fractionsAndNumbersBeyondIntAreRefusedNamingWhere() {
        assertEquals("$guests must be an Int: a whole number from -2147483648 to 2147483647.", refusal("{\"guests\": 1.5, \"limit\": 20}"));
        assertEquals("$limit must be an Int: a whole number from -2147483648 to 2147483647.", refusal("{\"limit\": 2147483648}"));
        refusal("{\"limit\": 20, \"days\": [[1, 2.5]]}");
        refusal("{\"limit\": 1e400000000}");
        refusal("{\"limit\": -1e-400000000}");
    }

    @Test
    void intFieldsOfInputObjectsAreCheckedHoweverDeep() {
        assertEquals("$booking.adults must be an Int: a whole number from -2147483648 to 2147483647.",
                refusal("{\"limit\": 1, \"booking\": {\"adults\": 1.5}}"));
        assertEquals("$booking.party[1].age must be an Int: a whole number from -2147483648 to 2147483647.",
                refusal("{\"limit\": 1, \"booking\": {\"party\": [{\"age\": 3}, {\"age\": 3.5}]}}"));
        assertEquals("$listing.capacity.guests must be an Int: a whole number from -2147483648 to 2147483647.",
                refusal("{\"limit\": 1, \"booking\": {}, \"listing\": {\"capacity\": {\"guests\": 3000000000}}}"));
    }

    @Test
    void aVariableTwoOperationsDeclareDifferentlyIsLeftToTheEndpoint() {
        String twoOperations = """
                query A($x: Int) { listings(guests: $x) { items { id } } }
                query B($x: String) { listings(city: $x) { items { id } } }""";
        assertDoesNotThrow(() -> check(twoOperations, "{\"x\": 1.5}"));
        assertDoesNotThrow(() -> CHECK.check(QueryDocument.parse(QUERIES, 100, 30).variables(), null));
    }

    @Test
    void withoutTheSchemaOnlyDeclaredIntsAreChecked() {
        IntVariables withoutSchema = IntVariables.ofSchema("");
        QueryDocument document = QueryDocument.parse(QUERIES, QueryLimits.MAX_TOKENS, 30);
        assertDoesNotThrow(() -> withoutSchema.check(document.variables(),
                Json.createObjectBuilder().add("booking", Json.createObjectBuilder().add("adults", 1.5)).build()));
        assertThrows(InvalidQuery.class, () -> withoutSchema.check(document.variables(), Json.createObjectBuilder().add("guests", 1.5).build()));
    }
}
