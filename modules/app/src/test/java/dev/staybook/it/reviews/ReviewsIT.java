package dev.staybook.it.reviews;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writing reviews after a completed stay: double-blind publication, one per side, the 14-day window, the window job. */
@SystemTest
class ReviewsIT {

    private static TestUser host;
    private static TestUser stranger;
    private static TestUser admin;

    @BeforeAll
    static void users() {
        host = TestUser.register("Reviewed Host").asHost();
        stranger = TestUser.register("Review Stranger");
        admin = TestUser.administrator();
    }

    static String guestReview(int overall, String text) {
        return ReviewBodies.ofListing(overall, text);
    }

    static Response write(TestUser author, String bookingId, String body) {
        return Api.as(author.accessToken()).body(body).post("/bookings/" + bookingId + "/reviews");
    }

    @Test
    void reviewsStayHiddenUntilBothSidesHaveWritten() {
        TestUser guest = TestUser.register("Double Blind Guest");
        String listing = StayFixtures.listingOf(host);
        String stay = StayFixtures.completed(guest, listing);

        write(guest, stay, guestReview(5, "Spotless and bright")).then().statusCode(201)
                .body("author", equalTo("GUEST"))
                .body("reviewer.id", equalTo(guest.id()))
                .body("subjectId", equalTo(host.id()))
                .body("scores.cleanliness", equalTo(5))
                .body("publishedAt", nullValue());
        Api.anonymous().get("/listings/" + listing + "/reviews").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("rating.count", equalTo(0));
        Api.as(host.accessToken()).get("/users/" + guest.id() + "/reviews").then().body("items.size()", equalTo(0));

        write(host, stay, ReviewBodies.ofGuest(4, "A considerate guest")).then().statusCode(201)
                .body("author", equalTo("HOST"))
                .body("scores", nullValue())
                .body("publishedAt", notNullValue());

        Api.anonymous().get("/listings/" + listing + "/reviews").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].text", equalTo("Spotless and bright"))
                .body("items[0].reviewer.name", equalTo("Double Blind Guest"))
                .body("items[0].publishedAt", notNullValue());
        // the rating follows from the published reviews' events, a moment later
        Eventually.until("the listing's rating counts the review",
                () -> Integer.valueOf(1).equals(Api.anonymous().get("/listings/" + listing + "/reviews").path("rating.count")));
        Api.anonymous().get("/listings/" + listing + "/reviews").then()
                .body("rating.average", equalTo(5.0f))
                .body("rating.aspects.value", equalTo(4.0f));
        Api.anonymous().get("/users/" + guest.id() + "/reviews").then().statusCode(200)
                .body("items[0].text", equalTo("A considerate guest"));
        Eventually.until("the guest's rating counts the review",
                () -> Integer.valueOf(1).equals(Api.anonymous().get("/users/" + guest.id() + "/reviews").path("rating.count")));
        Api.anonymous().get("/users/" + guest.id() + "/reviews").then()
                .body("rating.average", equalTo(4.0f));
    }

    @Test
    void theListingShowsItsRatingInReadsAndTheRatingSort() {
        TestUser guest = TestUser.register("Rating Guest");
        String city = ListingFixtures.uniqueCity("Rated");
        String rated = ListingFixtures.published(host, ListingFixtures.listing(city, 45.0, 4.0));
        String unrated = ListingFixtures.published(host, ListingFixtures.listing(city, 45.0, 4.0));
        Api.anonymous().get("/listings/" + rated).then().statusCode(200).body("rating.count", equalTo(0));
        String stay = StayFixtures.completed(guest, rated);
        write(guest, stay, guestReview(3, "Fine")).then().statusCode(201);
        write(host, stay, ReviewBodies.ofGuest(5, "Great guest")).then().statusCode(201);

        // the unrated listing was cached above: the rating shows only because the new rating drops that copy
        Eventually.until("the listing's rating", () -> Integer.valueOf(1).equals(Api.anonymous().get("/listings/" + rated).path("rating.count")));
        Api.anonymous().get("/listings/" + rated).then().body("rating.average", equalTo(3.0f));
        Api.anonymous().queryParam("city", city).queryParam("sort", "rating").get("/listings").then().statusCode(200)
                .body("items[0].id", equalTo(rated))
                .body("items[0].rating.count", equalTo(1))
                .body("items[1].id", equalTo(unrated));
    }

    @Test
    void aClosedWindowPublishesTheLoneReviewAndEndsReviewing() {
        TestUser guest = TestUser.register("Lone Reviewer");
        String listing = StayFixtures.listingOf(host);
        String stay = StayFixtures.completed(guest, listing);
        write(guest, stay, guestReview(2, "Noisy street")).then().statusCode(201);

        ListingFixtures.update("UPDATE reviews.stays SET checked_out_at = now() - interval '15 days',"
                + " window_closes_at = now() - interval '1 day' WHERE booking_id = ?::uuid", stay);
        Api.as(admin.accessToken()).post("/admin/jobs/review-windows").then().statusCode(200)
                .body("closedWindows", greaterThanOrEqualTo(1));

        Api.anonymous().get("/listings/" + listing + "/reviews").then()
                .body("items.size()", equalTo(1)).body("items[0].text", equalTo("Noisy street"));
        assertProblem(write(host, stay, ReviewBodies.ofGuest(5, "Too late")), 422, "review-window-closed");
    }

    @Test
    void theWindowJobIsForAdministrators() {
        assertProblem(Api.as(stranger.accessToken()).post("/admin/jobs/review-windows"), 403, "role-required");
        assertProblem(Api.anonymous().post("/admin/jobs/review-windows"), 401, "authentication-required");
    }

    @Test
    void eachSideReviewsOnceAndOnlyThePartiesReview() {
        TestUser guest = TestUser.register("Eager Reviewer");
        String stay = StayFixtures.completed(guest, StayFixtures.listingOf(host));

        write(guest, stay, guestReview(4, "Good")).then().statusCode(201);
        assertProblem(write(guest, stay, guestReview(1, "Changed my mind")), 409, "already-reviewed");
        assertProblem(write(stranger, stay, ReviewBodies.ofGuest(1, "Never stayed")), 404, "stay-not-found");
        assertProblem(write(admin, stay, ReviewBodies.ofGuest(1, "Not a party")), 404, "stay-not-found");
        assertProblem(write(guest, UUID.randomUUID().toString(), guestReview(4, "Which stay?")), 404, "stay-not-found");
        assertProblem(write(guest, "not-an-id", guestReview(4, "Which stay?")), 404, "stay-not-found");
        assertProblem(Api.anonymous().body(guestReview(4, "Anonymous")).post("/bookings/" + stay + "/reviews"), 401,
                "authentication-required");
    }

    @Test
    void aStayThatHasNotEndedCannotBeReviewed() {
        TestUser guest = TestUser.register("Early Reviewer");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));

        assertProblem(write(guest, booking, guestReview(5, "Can't wait")), 404, "stay-not-found");
    }

    @Test
    void badReviewsNameTheFieldsAtFault() {
        TestUser guest = TestUser.register("Sloppy Reviewer");
        String stay = StayFixtures.completed(guest, StayFixtures.listingOf(host));

        assertProblem(write(guest, stay, guestReview(6, "Six stars")), 400, "invalid-input").body("errors.field", hasItem("overall"));
        assertProblem(write(guest, stay, guestReview(5, "x".repeat(2001))), 400, "invalid-input").body("errors.field", hasItem("text"));
        assertProblem(write(guest, stay, guestReview(5, "   ")), 400, "invalid-input").body("errors.field", hasItem("text"));
        assertProblem(write(guest, stay, ReviewBodies.ofGuest(5, "No aspects")), 400, "invalid-input")
                .body("errors.field", hasItem("cleanliness"));
        assertProblem(write(guest, stay, "{\"overall\": 5, \"cleanliness\": 5, \"text\": \"Half\"}"), 400, "invalid-input")
                .body("errors.field", hasItem("checkIn"));
        assertProblem(write(guest, stay, ReviewBodies.ofListing(5, "Ok").replace("\"value\":4", "\"value\":0")), 400, "invalid-input")
                .body("errors.field", hasItem("value"));
        assertProblem(write(host, stay, guestReview(5, "Hosts rate guests overall")), 400, "invalid-input")
                .body("errors.field", hasItem("cleanliness"));
        assertProblem(write(host, stay, "{\"overall\": 5, \"cleanliness\": 5, \"text\": \"Some aspects\"}"), 400, "invalid-input")
                .body("detail", containsString("a host rates the guest overall only"));
        assertProblem(Api.as(guest.accessToken()).post("/bookings/" + stay + "/reviews"), 400, "malformed-json");
        assertProblem(write(guest, stay, "{}"), 400, "invalid-input").body("errors.field", hasItem("overall"));

        // 2,000 characters as GraphQL counts them too (code points): 4,000 UTF-16 units
        write(guest, stay, guestReview(5, "\uD83D\uDE00".repeat(2000))).then().statusCode(201);
    }

    @Test
    void aListingNobodyMaySeeHasNoReviewsToShowEither() {
        String draft = ListingFixtures.draft(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Unlisted"), 48.85, 2.35));
        assertProblem(Api.anonymous().get("/listings/" + draft + "/reviews"), 404, "listing-not-found");
        assertProblem(Api.as(stranger.accessToken()).get("/listings/" + draft + "/reviews"), 404, "listing-not-found");
        Api.as(host.accessToken()).get("/listings/" + draft + "/reviews").then().statusCode(200).body("items.size()", equalTo(0));
        Api.as(admin.accessToken()).get("/listings/" + draft + "/reviews").then().statusCode(200);
    }
}
