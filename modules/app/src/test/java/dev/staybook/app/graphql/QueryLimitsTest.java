package dev.staybook.app.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {

    private final QueryLimits limits = new QueryLimits(15, 300, 20, 5000);

    private String refusal(String query) {
        return assertThrows(InvalidQuery.class, () -> limits.check(query, null)).code();
    }

    @Test
    void theQueriesClientsSendPass() {
        limits.check("""
                query Details($id: ID!, $from: String, $to: String) {
                  listing(id: $id) {
                    id status title timeZone nightlyPrice { amount currency }
                    host { id name }
                    calendar(from: $from, to: $to) { date status price { amount } }
                    reviews(limit: 5) { items { id reviewer { id name } } nextCursor rating { average count } }
                  }
                }""", null);
        limits.check("""
                query Mine($as: BookingsSide, $limit: Int) {
                  myBookings(as: $as, limit: $limit) { items { id status listing { id title } payment { status } } nextCursor }
                }""", Json.createObjectBuilder().add("limit", 100).build());
        limits.check("mutation Cancel($id: ID!) { cancelBooking(id: $id, reason: \"plans \\\" changed\") { id status } }", null);
        limits.check("""
                # a comment, commas and a block string
                { listings(city: \"\"\"Paris\"\"\", amenities: ["wifi", "pool"], limit: 20) { items { id ...Card } } }
                fragment Card on ListingSummary { title nightlyPrice { amount currency } }""", null);
    }

    @Test
    void theStandardIntrospectionQueryPasses() {
        limits.check("""
                query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { ...FullType } } }
                fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } }
                  inputFields { ...InputValue } enumValues(includeDeprecated: true) { name } possibleTypes { ...TypeRef } }
                fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
                fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                  ofType { kind name ofType { kind name ofType { kind name } } } } } } } }""", null);
    }

    @Test
    void manyAliasesOfOneExpensiveFieldAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            query.append(" a").append(i).append(": listing(id: \"x\") { calendar(from: \"2027-01-01\", to: \"2028-01-01\") { date } }");
        }
        assertEquals("too-many-aliases", refusal(query.append(" }").toString()));
    }

    @Test
    void deepQueriesAreRefusedBeforeTheyAreWalked() {
        assertEquals("query-too-deep", refusal("{ a { b { c { d { e { f { g { h { i { j { k { l { m { n { o { p } } } } } } } } } } } } } } } }"));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertEquals("query-too-deep", refusal("{ a ".repeat(5_000))));
        assertEquals("query-too-deep", refusal("{ listings(amenities: " + "[".repeat(50) + "]".repeat(50) + ") { id } }"));
    }

    @Test
    void largePagesOfExpensiveFieldsAreTooCostly() {
        assertEquals("query-too-costly", refusal("{ listings(limit: 100) { items { reviews(limit: 100) { items { id } } } } }"));
        assertEquals("query-too-costly", refusal("{ listings(limit: 99999999999) { items { id } } }"));
    }

    @Test
    void theItemLimitOfNestedListsCountsWithThePageLimit() {
        limits.check("{ myWishlists(limit: 20, itemLimit: 10) { items { id name items { available listing { id title host { name } } } } } }", null);
        assertEquals("query-too-costly", refusal(
                "{ myWishlists(limit: 100, itemLimit: 100) { items { id items { listing { id title } } } } }"));
        assertEquals("query-too-costly", refusal(
                "{ myWishlists(limit: 100, itemLimit: 99999999999) { items { id } } }"));
    }

    @Test
    void fragmentsAreMeasuredOnceAndMayNotSpreadThemselves() {
        StringBuilder bomb = new StringBuilder("{ ...F0 } fragment F30 on Query { __typename }");
        for (int i = 29; i >= 0; i--) {
            bomb.append(" fragment F").append(i).append(" on Query { a: __typename ...F").append(i + 1).append(" b: __typename ...F")
                    .append(i + 1).append(" }");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertEquals("too-many-aliases", refusal(bomb.toString())));
        assertEquals("invalid-syntax", refusal("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"));
        assertEquals("invalid-syntax", refusal("{ ...Missing }"));
    }

    @Test
    void unreadableQueriesAreRefused() {
        assertEquals("invalid-syntax", refusal("{ listing(id: \"never closed) { id } }"));
        assertEquals("invalid-syntax", refusal("{ listing(id: ) { id } }"));
        assertEquals("invalid-syntax", refusal(""));
        assertEquals("invalid-syntax", refusal("query { a } }"));
    }

    @Test
    void tooManyFieldsAreRefused() {
        assertEquals("too-many-fields", refusal("{ " + "__typename ".repeat(301) + "}"));
    }
}
