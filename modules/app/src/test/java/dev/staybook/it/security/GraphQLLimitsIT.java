package dev.staybook.it.security;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GraphQL lets one request ask for a lot; what one may ask for is bounded and measured before anything runs
 * (OWASP API4): aliases of an expensive field, depth, cost, and the length of what a mutation stores.
 */
@SystemTest
class GraphQLLimitsIT {

    private static TestUser host;
    private static String listing;

    @BeforeAll
    static void aListing() {
        host = TestUser.register("GraphQL Limits Host").asHost();
        listing = ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("GraphQL limits"), 48.85, 2.35));
    }

    private static JsonPath refused(TestUser user, String query, String code) {
        Response response = GraphQL.post(user, query, null);
        JsonPath answer = response.then().statusCode(400).extract().jsonPath();
        assertEquals(code, answer.getString("errors[0].extensions.code"), answer.prettify());
        assertNull(answer.get("data"), "nothing ran");
        return answer;
    }

    @Test
    void threeHundredAliasesOfAYearOfCalendarAreRefusedAtOnce() {
        LocalDate from = LocalDate.now();
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            query.append(" a").append(i).append(": listing(id: \"").append(listing).append("\") { calendar(from: \"").append(from)
                    .append("\", to: \"").append(from.plusDays(366)).append("\") { date status } }");
        }
        String aliases = query.append(" }").toString();
        refused(null, aliases, "too-many-aliases");
        Duration fastest = Timing.fastest(() -> GraphQL.post(null, aliases, null).then().statusCode(400));
        assertThat(fastest, lessThan(Duration.ofMillis(200)));
    }

    @Test
    void aliasedMutationsAreRefusedWholeAndStoreNothing() {
        long before = StayFixtures.count("SELECT count(*) FROM listings.listings WHERE host_id = ?::uuid", UUID.fromString(host.id()));
        String body = ListingFixtures.listing(ListingFixtures.uniqueCity("Aliased"), 48.85, 2.35).build().toString()
                .replaceAll("\"([A-Za-z]+)\":", "$1:");
        StringBuilder mutation = new StringBuilder("mutation {");
        for (int i = 0; i < 25; i++) {
            mutation.append(" m").append(i).append(": createListing(listing: ").append(body).append(") { id }");
        }
        refused(host, mutation.append(" }").toString(), "too-many-aliases");
        assertEquals(before, StayFixtures.count("SELECT count(*) FROM listings.listings WHERE host_id = ?::uuid", UUID.fromString(host.id())));
    }

    @Test
    void deepAndCostlyQueriesAreRefused() {
        refused(null, "{ listing(id: \"" + listing + "\") " + "{ host ".repeat(15) + "{ id }" + " }".repeat(16), "query-too-deep");
        StringBuilder costly = new StringBuilder("{");
        for (int i = 0; i < 8; i++) {
            costly.append(" r").append(i).append(": listing(id: \"").append(listing)
                    .append("\") { reviews(limit: 100) { items { id reviewer { id name } overall text } } }");
        }
        refused(null, costly.append(" }").toString(), "query-too-costly");
        refused(null, "{ listing(id: \"" + listing + "\") { id } ", "invalid-syntax");
    }

    @Test
    void aLongCancellationReasonIsAnInvalidInputNotAFailure() {
        TestUser guest = TestUser.register("GraphQL Long Reason");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));
        String cancel = "mutation Cancel($id: ID!, $reason: String) { cancelBooking(id: $id, reason: $reason) { id status } }";
        assertEquals("invalid-input", GraphQL.errorCode(guest, cancel,
                Json.createObjectBuilder().add("id", booking).add("reason", "r".repeat(5000)), "cancelBooking"));
        StayFixtures.awaitStatus(guest, booking, "CONFIRMED");
    }

    @Test
    void aBodyPastTheLimitIsRefusedBeforeItIsRead() {
        String huge = "{\"query\": \"{ __typename }\", \"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(GraphQL.request(null).body(huge).post("/graphql"), 413, "body-too-large");
    }

    @Test
    void variablesOfHundredsOfThousandsOfValuesAreRefusedBeforeTheyAreBuilt() {
        // 400 KB, within the body limit: three such requests had the heap check DOWN
        String body = "{\"query\": \"{ __typename }\", \"variables\": {\"x\": [" + "0,".repeat(200_000) + "0]}}";
        JsonPath answer = GraphQL.request(null).body(body).post("/graphql").then().statusCode(400).extract().jsonPath();
        assertEquals("too-many-values", answer.getString("errors[0].extensions.code"));
    }

    @Test
    void aNumberThatDoesNotFitItsArgumentIsTheQuerysMistake() {
        for (String query : new String[] {"{ listings(guests: 1.5) { items { id } } }", "{ listings(limit: 1e400) { items { id } } }"}) {
            JsonPath answer = GraphQL.request(null).body(Json.createObjectBuilder().add("query", query).build().toString()).post("/graphql").then().statusCode(400)
                    .extract().jsonPath();
            assertEquals("ValidationError", answer.getString("errors[0].extensions.classification"), query);
        }
    }

    @Test
    void anIntVariableThatHoldsNoIntIsTheRequestsMistake() {
        String query = "query Search($guests: Int) { listings(guests: $guests) { items { id } } }";
        for (String guests : new String[] {"1.5", "3000000000"}) {
            String body = "{\"query\": \"" + query + "\", \"variables\": {\"guests\": " + guests + "}}";
            JsonPath answer = GraphQL.request(null).body(body).post("/graphql").then().statusCode(400).extract().jsonPath();
            assertEquals("invalid-variable", answer.getString("errors[0].extensions.code"), guests);
            assertEquals("$guests must be an Int: a whole number from -2147483648 to 2147483647.",
                    answer.getString("errors[0].message"));
        }
        // in an input object the runtime would have made 1.5 a silent 1
        String listing = "{\"query\": \"mutation C($l: ListingInput!) { createListing(listing: $l) { id } }\", "
                + "\"variables\": {\"l\": {\"title\": \"T\", \"capacity\": {\"guests\": 1.5}}}}";
        JsonPath nested = GraphQL.request(null).body(listing).post("/graphql").then().statusCode(400).extract().jsonPath();
        assertEquals("$l.capacity.guests must be an Int: a whole number from -2147483648 to 2147483647.", nested.getString("errors[0].message"));
        JsonPath whole = GraphQL.request(null).body("{\"query\": \"" + query + "\", \"variables\": {\"guests\": 2}}").post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertNull(whole.get("errors"));
    }

    @Test
    void aVariableOfTheWrongShapeIsRefusedWith400AsTheSameMistakeInTheQueryIs() {
        String body = "{\"query\": \"mutation C($l: ListingInput!) { createListing(listing: $l) { id } }\", "
                + "\"variables\": {\"l\": {\"title\": \"T\", \"maxGuests\": 2}}}";
        JsonPath answer = GraphQL.request(null).body(body).post("/graphql").then().statusCode(400).extract().jsonPath();
        assertEquals("ValidationError", answer.getString("errors[0].extensions.classification"));
        assertNull(answer.get("data"));
    }

    @Test
    void requestsThatAreNotAQueryWithItsVariablesAreRefusedBeforeAnythingRuns() {
        String deep = "{\"query\":" + "[".repeat(1001) + "]".repeat(1001) + "}";
        for (String body : new String[] {"{}", "{\"query\":null}", "{\"query\":123}", deep,
                "{\"query\":\"{ __typename }\",\"variables\":\"x\"}", "{\"query\":\"{ __typename }\",\"operationName\":5}",
                "{\"query\":\"{ __typename }\"} {}", "{\"query\":\"{ __typename }\",\"query\":\"{ __schema { types { name } } }\"}"}) {
            JsonPath answer = GraphQL.request(null).body(body).post("/graphql").then().statusCode(400).extract().jsonPath();
            assertEquals("InvalidSyntax", answer.getString("errors[0].extensions.classification"), body);
        }
        JsonPath unknownOperation = GraphQL.request(null).body("{\"query\":\"query Known { __typename }\",\"operationName\":\"Nope\"}")
                .post("/graphql").then().statusCode(400).extract().jsonPath();
        assertEquals("ValidationError", unknownOperation.getString("errors[0].extensions.classification"));
    }

    @Test
    void anotherMethodThanPostIsRefusedWithTheAllowedOnes() {
        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            assertProblem(GraphQL.request(null).queryParam("query", "{ __typename }").request(method, "/graphql"), 405, "method-not-allowed")
                    .header("Allow", containsString("POST"));
        }
        GraphQL.request(null).get("/graphql/schema.graphql").then().statusCode(200);
    }
}
