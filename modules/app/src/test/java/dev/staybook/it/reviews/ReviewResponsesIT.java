package dev.staybook.it.reviews;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hosts' responses to reviews, and the public review lists page by page. */
@SystemTest
class ReviewResponsesIT {

    private static TestUser host;
    private static TestUser otherHost;
    private static String listing;
    private static String firstStay;
    private static String secondStay;
    private static TestUser firstGuest;

    /** One listing with two stays, both reviewed by both sides: two public reviews of the listing. */
    @BeforeAll
    static void reviewedListing() {
        host = TestUser.register("Responding Host").asHost();
        otherHost = TestUser.register("Other Host").asHost();
        firstGuest = TestUser.register("First Guest");
        TestUser secondGuest = TestUser.register("Second Guest");
        listing = StayFixtures.listingOf(host);
        firstStay = StayFixtures.completed(firstGuest, listing);
        secondStay = StayFixtures.completed(secondGuest, listing);
        reviewBothWays(firstGuest, firstStay, 5, "First and best");
        reviewBothWays(secondGuest, secondStay, 4, "Second, still good");
    }

    private static void reviewBothWays(TestUser guest, String stay, int overall, String text) {
        ReviewsIT.write(guest, stay, ReviewBodies.ofListing(overall, text)).then().statusCode(201);
        ReviewsIT.write(host, stay, ReviewBodies.ofGuest(5, "Welcome back")).then().statusCode(201);
    }

    private static String reviewOf(String stay) {
        List<String> ids = Api.anonymous().queryParam("limit", 100).get("/listings/" + listing + "/reviews")
                .path("items.findAll { it.bookingId == '" + stay + "' }.id");
        return ids.get(0);
    }

    private static Response respond(TestUser responder, String review, String text) {
        return Api.as(responder.accessToken()).body(Json.of("text", text)).post("/reviews/" + review + "/response");
    }

    @Test
    void theHostRespondsOnceToAReviewOfTheirListing() {
        String review = reviewOf(firstStay);

        respond(host, review, "Thank you, come back soon!").then().statusCode(201)
                .body("response.text", equalTo("Thank you, come back soon!"))
                .body("response.respondedAt", notNullValue());
        assertProblem(respond(host, review, "Changed my mind"), 409, "already-responded");
        Api.anonymous().queryParam("limit", 100).get("/listings/" + listing + "/reviews").then()
                .body("items.find { it.id == '" + review + "' }.response.text", equalTo("Thank you, come back soon!"));
    }

    @Test
    void onlyTheHostOfTheListingResponds() {
        String review = reviewOf(secondStay);

        assertProblem(respond(firstGuest, review, "Me too"), 403, "not-your-listing-review");
        assertProblem(respond(otherHost, review, "Not mine"), 403, "not-your-listing-review");
        assertProblem(Api.anonymous().body(Json.of("text", "Hi")).post("/reviews/" + review + "/response"), 401,
                "authentication-required");
        assertProblem(respond(host, review, "  "), 400, "invalid-input");
        assertProblem(respond(host, review, "x".repeat(2001)), 400, "invalid-input");
        assertProblem(respond(host, UUID.randomUUID().toString(), "Which review?"), 404, "review-not-found");
        assertProblem(respond(host, "not-an-id", "Which review?"), 404, "review-not-found");
    }

    @Test
    void aHiddenReviewCannotBeAnswered() {
        TestUser guest = TestUser.register("Hidden Reviewer");
        String stay = StayFixtures.completed(guest, StayFixtures.listingOf(host));
        String hidden = ReviewsIT.write(guest, stay, ReviewBodies.ofListing(3, "Hidden for now")).then().statusCode(201)
                .extract().path("id");

        assertProblem(respond(host, hidden, "I can't see it yet"), 404, "review-not-found");
    }

    @Test
    void reviewsArePagedNewestFirstWithTheListingsRating() {
        Eventually.until("both reviews counted", () -> Integer.valueOf(2).equals(
                Api.anonymous().get("/listings/" + listing + "/reviews").path("rating.count")));
        String cursor = Api.anonymous().queryParam("limit", 1).get("/listings/" + listing + "/reviews").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].bookingId", equalTo(secondStay))
                .body("rating.average", equalTo(4.5f))
                .body("rating.aspects.cleanliness", equalTo(5.0f))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        Api.anonymous().queryParam("limit", 1).queryParam("cursor", cursor).get("/listings/" + listing + "/reviews").then()
                .body("items[0].bookingId", equalTo(firstStay))
                .body("nextCursor", nullValue());

        assertProblem(Api.anonymous().queryParam("cursor", "tampered").get("/listings/" + listing + "/reviews"), 400, "invalid-input");
        assertProblem(Api.anonymous().queryParam("limit", 0).get("/listings/" + listing + "/reviews"), 400, "invalid-input");
        assertProblem(Api.anonymous().get("/listings/" + UUID.randomUUID() + "/reviews"), 404, "listing-not-found");
        assertProblem(Api.anonymous().get("/users/" + UUID.randomUUID() + "/reviews"), 404, "user-not-found");
        assertProblem(Api.anonymous().queryParam("limit", 101).get("/users/" + firstGuest.id() + "/reviews"), 400, "invalid-input");
    }
}
