package dev.staybook.it.platform;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong, the answer is a problem document: never an HTML page, never a stack trace. */
@SystemTest
class ProblemResponsesIT {

    @Test
    void unknownApiPathsAreNotFound() {
        assertProblem(Api.anonymous().get("/no/such/thing"), 404, "no-such-resource");
    }

    @Test
    void unknownPathsOutsideTheApiAreNotFoundToo() {
        assertProblem(Api.server().get("/no-such-page"), 404, "no-such-resource");
        assertProblem(Api.server().get("/WEB-INF/web.xml"), 404, "no-such-resource");
    }

    @Test
    void aWrongMethodNamesTheAllowedOnes() {
        assertProblem(Api.anonymous().delete("/auth/login"), 405, "method-not-allowed")
                .header("Allow", containsString("POST"));
    }

    @Test
    void unacceptableMediaTypesAreRefused() {
        assertProblem(Api.anonymous().accept("application/xml").get("/users/me"), 406, "not-acceptable");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsInvalidInputNotAMissingResource() {
        for (String limit : new String[] {"abc", "1.5", "99999999999"}) {
            assertProblem(Api.anonymous().queryParam("limit", limit).get("/users/" + UUID.randomUUID() + "/reviews"), 400, "invalid-input")
                    .body("errors.field", hasItem("limit"));
        }
    }

    @Test
    void aQueryParameterTheOperationDoesNotHaveIsRefusedAndNamedNotIgnored() {
        TestUser guest = TestUser.register("Misspelt Filter Guest");
        assertProblem(Api.as(guest.accessToken()).queryParam("stauts", "CONFIRMED").get("/bookings"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("stauts")))
                .body("errors.message", equalTo(List.of("is not a parameter of this request")));
        assertProblem(Api.anonymous().queryParam("citty", "Paris").queryParam("_", "1").queryParam("city", "Paris")
                .get("/listings"), 400, "invalid-input").body("errors.field", equalTo(List.of("_", "citty")));
        assertProblem(Api.anonymous().queryParam("verbose", "true").get("/amenities"), 400, "invalid-input");

        Api.as(guest.accessToken()).queryParam("status", "CONFIRMED").get("/bookings").then().statusCode(200);
        Api.anonymous().queryParam("city", "Paris").get("/listings").then().statusCode(200);
        assertProblem(Api.anonymous().queryParam("stauts", "CONFIRMED").get("/bookings"), 401, "authentication-required");
    }

    @Test
    void aQueryParameterSentTwiceIsRefusedNotHalfIgnored() {
        assertProblem(Api.anonymous().queryParam("city", "Paris", "Lyon").queryParam("limit", "5").get("/listings"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("city")))
                .body("errors.message", equalTo(List.of("must be given once")));
        assertProblem(Api.anonymous().queryParam("city", "Paris").queryParam("limit", "5", "50").queryParam("sort", "x", "y")
                .get("/listings"), 400, "invalid-input").body("errors.field", equalTo(List.of("limit", "sort")));
    }

    @Test
    void aBodyIsOneJsonValueNamingEachMemberOnce() {
        String quote = "{\"listingId\": \"" + UUID.randomUUID() + "\", \"checkIn\": \"2030-01-01\", \"checkOut\": \"2030-01-03\"";
        assertProblem(Api.anonymous().body(quote + "} trailing garbage").post("/quotes"), 400, "malformed-json")
                .body("detail", equalTo("The request body must be one JSON value, and something follows it."));
        assertProblem(Api.anonymous().body(quote + "}{\"adults\": 60}").post("/quotes"), 400, "malformed-json");
        assertProblem(Api.anonymous().body(quote + ", \"adults\": 60, \"adults\": 1}").post("/quotes"), 400, "malformed-json")
                .body("detail", equalTo("The request body names \"adults\" twice in one object: say it once."));
    }

    @Test
    void aBodyPropertyOfTheWrongTypeIsNamed() {
        String tomorrow = "{\"listingId\": \"" + UUID.randomUUID() + "\", \"checkIn\": \"tomorrow\", \"checkOut\": \"2030-01-02\"}";
        assertProblem(Api.anonymous().body(tomorrow).post("/quotes"), 400, "malformed-json")
                .body("errors.field", equalTo(List.of("checkIn")));
        String twoGuests = "{\"listingId\": \"" + UUID.randomUUID() + "\", \"checkIn\": \"2030-01-01\", \"checkOut\": \"2030-01-02\","
                + " \"guests\": \"two\"}";
        assertProblem(Api.anonymous().body(twoGuests).post("/quotes"), 400, "malformed-json")
                .body("errors.field", equalTo(List.of("guests")));
    }

    @Test
    void aBodyPropertyTheRequestDoesNotHaveIsRefusedAndNamedNotDropped() {
        String misspelt = "{\"listingId\": \"" + UUID.randomUUID() + "\", \"checkIn\": \"2030-01-01\", \"checkOut\": \"2030-01-02\","
                + " \"adults\": 2, \"childs\": 1}";
        assertProblem(Api.anonymous().body(misspelt).post("/quotes"), 400, "malformed-json")
                .body("errors.field", equalTo(List.of("childs")))
                .body("errors.message", equalTo(List.of("is not a property of this request")));
    }

    @Test
    void aBodyNestedDeeperThanTheParserTakesIsUnreadableNotAFailure() {
        TestUser user = TestUser.register("Deep Nester");
        String nested = "{\"bio\":" + "[".repeat(1001) + "]".repeat(1001) + "}";
        assertProblem(Api.as(user.accessToken()).contentType("application/merge-patch+json").body(nested).patch("/users/me"),
                400, "malformed-json");
    }

    @Test
    void bodiesThatAreNotUtf8AreRefusedAndNothingIsStored() {
        TestUser user = TestUser.register("Plain Name");
        byte[] latin1 = "{\"name\":\"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(Api.as(user.accessToken()).contentType("application/merge-patch+json").body(latin1).patch("/users/me"),
                400, "malformed-json").body("detail", containsString("UTF-8"));
        assertProblem(Api.as(user.accessToken()).contentType("application/json").body(latin1).post("/users/me/wishlists"),
                400, "malformed-json");
        assertProblem(Api.as(user.accessToken()).contentType("application/merge-patch+json; charset=iso-8859-1").body(latin1)
                .patch("/users/me"), 400, "malformed-json"); // RFC 8259 defines no charset parameter: JSON is UTF-8
        Api.as(user.accessToken()).get("/users/me").then().statusCode(200).body("name", equalTo("Plain Name"));

        byte[] utf8 = "{\"name\":\"Jos\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        Api.as(user.accessToken()).contentType("application/merge-patch+json; charset=UTF-8").body(utf8).patch("/users/me")
                .then().statusCode(200).body("name", equalTo("Jos\u00e9"));
    }

    @Test
    void aWriteMadeConditionalOnAnEntityTagIsRefusedAndChangesNothing() {
        TestUser user = TestUser.register("Careful Editor");
        String rename = "{\"name\":\"Renamed\"}";
        assertProblem(Api.as(user.accessToken()).contentType("application/merge-patch+json").header("If-Match", "\"stale\"")
                .body(rename).patch("/users/me"), 412, "precondition-failed");
        assertProblem(Api.as(user.accessToken()).contentType("application/merge-patch+json")
                .header("If-Unmodified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").body(rename).patch("/users/me"), 412, "precondition-failed");
        Api.as(user.accessToken()).get("/users/me").then().statusCode(200).body("name", equalTo("Careful Editor"));

        Api.as(user.accessToken()).contentType("application/merge-patch+json").header("If-Match", "*").body(rename).patch("/users/me")
                .then().statusCode(200).body("name", equalTo("Renamed"));
    }

    @Test
    void unreadableJsonIsOneProblemWhicheverReaderFindsIt() {
        TestUser user = TestUser.register("Broken Body").asHost();
        assertProblem(Api.as(user.accessToken()).body("{bad").post("/users/me/wishlists"), 400, "malformed-json");
        assertProblem(Api.as(user.accessToken()).body("{bad").post("/listings"), 400, "malformed-json");
    }

    @Test
    void aQueryStringWithBrokenPercentEncodingIsRefused() throws IOException {
        for (String target : new String[] {"/api/v1/listings?city=%zz", "/api/v1/users/" + UUID.randomUUID() + "/reviews?cursor=%%%"}) {
            String answer = rawGet(target);
            assertThat(answer, startsWith("HTTP/1.1 400"));
            assertThat(answer, containsString("application/problem+json"));
            assertThat(answer, containsString("\"code\":\"malformed-query\""));
        }
    }

    @Test
    void aBodyThatStopsBeforeItsEndIsTheCallersFailureAndNothingOfItIsDone() throws IOException {
        String email = "cut-short-" + UUID.randomUUID() + "@it.staybook.test";
        String registration = "{\"email\": \"" + email + "\", \"password\": \"" + TestUser.PASSWORD + "\", \"name\": \"Cut Short\"}";
        String answer = rawPostCutShort("/api/v1/auth/register", registration, 1_000);
        assertThat(answer, startsWith("HTTP/1.1 400"));
        assertThat(answer, containsString("\"code\":\"body-not-received\""));
        assertEquals(0, StayFixtures.count("SELECT count(*) FROM identity.users WHERE email = ?", email),
                "the JSON that came was whole, but not the body its length promised");

        answer = rawPostCutShort("/graphql", "{\"query\": \"{ listings(limit: 1) { items { id } } }\"}", 1_000);
        assertThat(answer, startsWith("HTTP/1.1 400"));
        assertThat(answer, containsString("\"code\":\"body-not-received\""));
        // and the server logged no error for either (SystemTest's log watch)
    }

    /** Promises more body than it sends, then closes its side of the connection, as a client that gives up would. */
    private static String rawPostCutShort(String target, String body, int missingBytes) throws IOException {
        URI server = URI.create(Api.BASE_URL);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + target + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + (bytes.length + missingBytes) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** HTTP clients refuse to send such a query (java.net.URI checks the escapes), so this one writes the request itself. */
    private static String rawGet(String target) throws IOException {
        URI server = URI.create(Api.BASE_URL);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
