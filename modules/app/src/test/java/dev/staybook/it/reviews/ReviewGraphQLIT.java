package dev.staybook.it.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reviewing over GraphQL with REST's rules (double-blind, one review per side, only the stay's guest and
 * host), and the published reviews under their listing with each reviewer and the rating.
 */
@SystemTest
class ReviewGraphQLIT {

    private static final String REVIEW = """
            mutation Review($booking: ID!, $review: ReviewInput!) {
              reviewStay(bookingId: $booking, review: $review) { id author overall aspects { aspect stars } text publishedAt }
            }""";
    private static final String LISTING_REVIEWS = """
            query Reviews($id: ID!) {
              listing(id: $id) {
                reviews(limit: 10) {
                  items { id reviewer { id name } overall aspects { aspect stars } text }
                  rating { average count aspects { aspect average } }
                }
              }
            }""";

    private static TestUser host;

    @BeforeAll
    static void aHost() {
        host = TestUser.register("GraphQL Reviewed Host").asHost();
    }

    @Test
    void bothSidesReviewAndTheListingShowsTheGuestsReviewWithItsRating() {
        TestUser guest = TestUser.register("GraphQL Reviewer");
        String listing = StayFixtures.listingOf(host);
        String stay = StayFixtures.completed(guest, listing);

        JsonPath byGuest = GraphQL.data(guest, REVIEW, variables().add("booking", stay).add("review", ofListing(4)));
        assertEquals("GUEST", byGuest.getString("reviewStay.author"));
        assertEquals(6, byGuest.getList("reviewStay.aspects").size());
        assertNull(byGuest.get("reviewStay.publishedAt"), "hidden until the host has written theirs");
        assertEquals(List.of(), GraphQL.data(null, LISTING_REVIEWS, variables().add("id", listing)).getList("listing.reviews.items"));

        JsonPath byHost = GraphQL.data(host, REVIEW, variables().add("booking", stay)
                .add("review", Json.createObjectBuilder().add("overall", 5).add("text", "A considerate guest.")));
        assertNotNull(byHost.get("reviewStay.publishedAt"), "the second review publishes both");

        JsonPath shown = Eventually.until("the listing's rating counts the review",
                () -> GraphQL.data(null, LISTING_REVIEWS, variables().add("id", listing)),
                data -> data.getInt("listing.reviews.rating.count") == 1);
        assertEquals(byGuest.getString("reviewStay.id"), shown.getString("listing.reviews.items[0].id"));
        assertEquals(guest.name(), shown.getString("listing.reviews.items[0].reviewer.name"));
        assertEquals("Lovely, quiet and clean.", shown.getString("listing.reviews.items[0].text"));
        assertEquals(4.0f, shown.getFloat("listing.reviews.rating.average"));
        assertEquals(6, shown.getList("listing.reviews.rating.aspects").size());
    }

    @Test
    void onlyTheStaysGuestAndHostReviewItAndEachOnlyOnce() {
        TestUser guest = TestUser.register("GraphQL Once");
        String stay = StayFixtures.completed(guest, StayFixtures.listingOf(host));

        assertEquals("not-found", GraphQL.errorCode(TestUser.register("GraphQL Outsider"), REVIEW,
                variables().add("booking", stay).add("review", ofListing(5)), "reviewStay"));
        assertEquals("unauthenticated", GraphQL.errorCode(null, REVIEW,
                variables().add("booking", stay).add("review", ofListing(5)), "reviewStay"));
        assertEquals("invalid-input", GraphQL.errorCode(guest, REVIEW, variables().add("booking", stay)
                .add("review", Json.createObjectBuilder().add("overall", 5).add("text", "No aspects.")), "reviewStay"));

        GraphQL.data(guest, REVIEW, variables().add("booking", stay).add("review", ofListing(5)));
        assertEquals("conflict", GraphQL.errorCode(guest, REVIEW, variables().add("booking", stay).add("review", ofListing(3)),
                "reviewStay"));
    }

    /** A guest's review of the listing: every aspect 4 stars. */
    private static JsonObjectBuilder ofListing(int overall) {
        return Json.createObjectBuilder().add("overall", overall).add("cleanliness", 4).add("accuracy", 4)
                .add("communication", 4).add("location", 4).add("checkIn", 4).add("value", 4).add("text", "Lovely, quiet and clean.");
    }

    private static JsonObjectBuilder variables() {
        return Json.createObjectBuilder();
    }
}
