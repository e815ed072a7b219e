package dev.staybook.it.security;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may act on what (OWASP API1, API3, API5): other people's objects are invisible or refused over REST and
 * GraphQL, read-only properties cannot be written, and administration is for administrators and the operator only.
 */
@SystemTest
class AuthorizationIT {

    private static final String BATCH = System.getProperty("staybook.batch.url", "https://localhost:9443/ibm/api/batch");

    private static TestUser host;
    private static TestUser guest;
    private static TestUser stranger;
    private static String listing;
    private static String booking;

    @BeforeAll
    static void aBookingBetweenTwoPeople() {
        host = TestUser.register("Authz Host").asHost();
        guest = TestUser.register("Authz Guest");
        stranger = TestUser.register("Authz Stranger").asHost();
        listing = StayFixtures.listingOf(host);
        booking = StayFixtures.confirmed(guest, listing);
    }

    @Test
    void someoneElsesBookingIsInvisibleOverRestAndGraphQL() {
        assertProblem(Api.as(stranger.accessToken()).get("/bookings/" + booking), 404, "booking-not-found");
        assertProblem(Api.as(stranger.accessToken()).body("{}").post("/bookings/" + booking + "/cancel"), 404, "booking-not-found");
        assertProblem(Api.as(stranger.accessToken()).body(Json.of("text", "hello")).post("/bookings/" + booking + "/messages"),
                404, "booking-not-found");
        assertEquals("not-found", GraphQL.errorCode(stranger, "query B($id: ID!) { booking(id: $id) { id total { amount } } }",
                jakarta.json.Json.createObjectBuilder().add("id", booking), "booking"));
        assertEquals("not-found", GraphQL.errorCode(stranger, "mutation C($id: ID!) { cancelBooking(id: $id) { id } }",
                jakarta.json.Json.createObjectBuilder().add("id", booking), "cancelBooking"));
        StayFixtures.awaitStatus(guest, booking, "CONFIRMED");
    }

    @Test
    void anOperationThatNeedsATokenAsksForItBeforeReadingTheInput() {
        assertProblem(Api.anonymous().body("{\"checkIn\": ").post("/bookings"), 401, "authentication-required");
        assertProblem(Api.anonymous().body("{}").post("/bookings"), 401, "authentication-required");
        assertProblem(Api.anonymous().get("/bookings?as=nobody"), 401, "authentication-required");
        assertProblem(Api.as("not-a-token").body("{}").post("/bookings"), 401, "invalid-token");
        assertProblem(Api.as(guest.accessToken()).body("{}").post("/bookings"), 400, "invalid-input");
        assertProblem(Api.as(guest.accessToken()).get("/bookings?as=nobody"), 400, "invalid-input");
    }

    @Test
    void someoneElsesListingCannotBeChanged() {
        assertProblem(Api.as(stranger.accessToken()).contentType("application/merge-patch+json").body(Json.of("title", "Mine now"))
                .patch("/listings/" + listing), 403, "not-your-listing");
        LocalDate from = LocalDate.now().plusDays(100);
        String block = jakarta.json.Json.createObjectBuilder().add("changes", jakarta.json.Json.createArrayBuilder()
                .add(jakarta.json.Json.createObjectBuilder().add("from", from.toString()).add("to", from.plusDays(3).toString())
                        .add("availability", "BLOCKED"))).build().toString();
        assertProblem(Api.as(stranger.accessToken()).body(block).put("/listings/" + listing + "/calendar"), 403, "not-your-listing");
        assertProblem(Api.as(stranger.accessToken()).delete("/listings/" + listing), 403, "not-your-listing");
        Api.anonymous().get("/listings/" + listing).then().statusCode(200).body("title", equalTo("Bright loft near the river"));
    }

    @Test
    void readOnlyPropertiesCannotBeWritten() {
        assertProblem(Api.as(guest.accessToken()).contentType("application/merge-patch+json").body(Json.of("roles", List.of("ADMIN")))
                .patch("/users/me"), 400, "invalid-input").body("errors.field", hasItem("roles"));
        assertProblem(Api.as(guest.accessToken()).contentType("application/merge-patch+json").body(Json.of("email", "other@example.com"))
                .patch("/users/me"), 400, "invalid-input");
        Api.as(guest.accessToken()).get("/users/me").then().body("roles", equalTo(List.of("GUEST"))).body("email", equalTo(guest.email()));
        assertProblem(Api.as(host.accessToken()).contentType("application/merge-patch+json")
                .body(Json.of("status", "PUBLISHED", "hostId", stranger.id(), "rating", 5)).patch("/listings/" + listing), 400, "invalid-input")
                .body("errors.field", hasItem("hostId"));
        Api.anonymous().get("/users/" + guest.id()).then().statusCode(200).body("email", nullValue()).body("phone", nullValue());
    }

    @Test
    void administrationIsForAdministratorsAndTheOperator() {
        assertProblem(Api.as(guest.accessToken()).get("/admin/users"), 403, "role-required");
        assertProblem(Api.as(host.accessToken()).post("/admin/jobs/booking-deadlines"), 403, "role-required");
        assertProblem(Api.as(guest.accessToken()).get("/admin/events?state=failed"), 403, "role-required");
        assertProblem(Api.anonymous().get("/admin/users"), 401, "authentication-required");
        assertProblem(Api.as(guest.accessToken()).get("/admin/users?limit=0"), 403, "role-required"); // the role before the input
        assertProblem(Api.as(host.accessToken()).body("{}").post("/admin/bookings/" + UUID.randomUUID() + "/refunds"), 403, "role-required");
        given().relaxedHTTPSValidation().get(BATCH + "/jobinstances").then().statusCode(401);
        given().relaxedHTTPSValidation().auth().preemptive().basic("batch-operator", "dev-only-batch-password")
                .get(BATCH + "/jobinstances").then().statusCode(401);
        given().relaxedHTTPSValidation().auth().preemptive().basic("batch-operator", guest.password())
                .get(BATCH + "/jobinstances").then().statusCode(401);
    }
}
