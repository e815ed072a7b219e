package dev.staybook.it.listings;

import static dev.staybook.it.support.ListingFixtures.listing;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SystemTest
class ListingLifecycleIT {

    private static TestUser host;
    private static TestUser otherHost;
    private static TestUser guest;
    private static TestUser admin;

    @BeforeAll
    static void users() {
        host = TestUser.register("Lifecycle Host").asHost();
        otherHost = TestUser.register("Other Host").asHost();
        guest = TestUser.register("Lifecycle Guest");
        admin = TestUser.administrator();
    }

    private static JsonObjectBuilder body() {
        return listing(ListingFixtures.uniqueCity("Lifecycle"), 45.0, 5.0);
    }

    @Test
    void aHostCreatesADraftThatOnlyTheyAndAdministratorsSee() {
        var created = Api.as(host.accessToken()).body(body().build().toString()).post("/listings");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/listings/"))
                .body("status", equalTo("DRAFT"))
                .body("host.id", equalTo(host.id()))
                .body("host.name", equalTo("Lifecycle Host"))
                .body("pricing.nightlyPrice.amount", equalTo("100.00"))
                .body("capacity.bathrooms", equalTo(1.5f))
                .body("checkInFrom", equalTo("15:00"))
                .body("rating.count", equalTo(0))
                .body("rating.average", nullValue())
                .body("publishedAt", nullValue());
        String id = created.path("id");

        Api.as(host.accessToken()).get("/listings/" + id).then().statusCode(200).body("id", equalTo(id));
        Api.as(admin.accessToken()).get("/listings/" + id).then().statusCode(200);
        assertProblem(Api.anonymous().get("/listings/" + id), 404, "listing-not-found");
        assertProblem(Api.as(guest.accessToken()).get("/listings/" + id), 404, "listing-not-found");
    }

    @Test
    void publishedListingsAreForEveryone() {
        String id = ListingFixtures.published(host, body());
        Api.anonymous().get("/listings/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue())
                .body("amenities", equalTo(List.of("kitchen", "wifi")))
                .body("photos[0].url", equalTo("https://img.example/1.jpg"));
    }

    @Test
    void creatingNeedsTheHostRoleAndASignedInUser() {
        assertProblem(Api.as(guest.accessToken()).body(body().build().toString()).post("/listings"), 403, "role-required");
        assertProblem(Api.anonymous().body(body().build().toString()).post("/listings"), 401, "authentication-required");
    }

    @Test
    void creatingReportsEveryBadField() {
        String bad = body().add("title", "").add("propertyType", "castle").add("colour", "red")
                .add("pricing", jakarta.json.Json.createObjectBuilder().add("nightlyPrice", ListingFixtures.money("10.001", "EUR")))
                .add("timeZone", "Mars/Olympus").add("publish", "yes").build().toString();
        assertProblem(Api.as(host.accessToken()).body(bad).post("/listings"), 400, "invalid-input")
                .body("errors.field", hasItems("title", "propertyType", "colour", "pricing.nightlyPrice.amount", "timeZone"));
        assertProblem(Api.as(host.accessToken()).body(body().add("publish", "yes").build().toString()).post("/listings"), 400, "invalid-input")
                .body("errors.field", hasItems("publish"));
        String negative = body().add("pricing", jakarta.json.Json.createObjectBuilder().add("nightlyPrice", ListingFixtures.money("-1", "EUR")))
                .build().toString();
        assertProblem(Api.as(host.accessToken()).body(negative).post("/listings"), 400, "invalid-input")
                .body("errors.field", hasItems("pricing.nightlyPrice"));
        assertProblem(Api.as(host.accessToken()).body("[1, 2]").post("/listings"), 400, "invalid-input").body("errors[0].field", equalTo("body"));
        assertProblem(Api.as(host.accessToken()).body("[1, 2]").patch("/listings/" + ListingFixtures.draft(host, body())), 400, "invalid-input");
    }

    @Test
    void unknownAmenitiesAreRejected() {
        String unknown = body().add("amenities", jakarta.json.Json.createArrayBuilder().add("wifi").add("moat")).build().toString();
        assertProblem(Api.as(host.accessToken()).body(unknown).post("/listings"), 400, "invalid-input")
                .body("errors[0].field", equalTo("amenities"))
                .body("errors[0].message", containsString("moat"));
    }

    @Test
    void publishingAnIncompleteListingSaysWhatIsMissing() {
        String id = ListingFixtures.draft(host, body().remove("description").remove("photos"));
        assertProblem(Api.as(host.accessToken()).post("/listings/" + id + "/publish"), 422, "listing-incomplete")
                .body("detail", containsString("a description")).body("detail", containsString("at least one photo"));
        assertProblem(Api.as(host.accessToken()).body(body().remove("photos").add("publish", true).build().toString()).post("/listings"),
                422, "listing-incomplete");
    }

    @Test
    void theExactAddressIsForTheHostAndAGuestWhoseStayIsConfirmed() {
        String city = ListingFixtures.uniqueCity("Exact");
        String listing = ListingFixtures.published(host, listing(city, 43.296482, 5.369780));
        TestUser booked = TestUser.register("Booked Guest");
        String booking = StayFixtures.confirmed(booked, listing);

        for (var reader : List.of(Api.anonymous(), Api.as(guest.accessToken()), Api.as(otherHost.accessToken()), Api.as(booked.accessToken()))) {
            reader.get("/listings/" + listing).then().statusCode(200)
                    .body("address.city", notNullValue()).body("address.street", nullValue()).body("address.postalCode", nullValue())
                    .body("location.latitude", equalTo(43.3f)).body("location.longitude", equalTo(5.37f));
        }
        // search cards show the same neighbourhood, and a distance to it, not to the door
        Api.anonymous().queryParam("near", "43.296482,5.369780").queryParam("radiusKm", 1).queryParam("sort", "distance")
                .get("/listings").then().statusCode(200)
                .body("items.find { it.id == '" + listing + "' }.location.latitude", equalTo(43.3f))
                .body("items.find { it.id == '" + listing + "' }.location.longitude", equalTo(5.37f))
                .body("items.find { it.id == '" + listing + "' }.distanceKm", allOf(greaterThan(0.35f), lessThan(0.45f)));
        for (TestUser mayKnow : List.of(host, admin)) {
            Api.as(mayKnow.accessToken()).get("/listings/" + listing).then().statusCode(200)
                    .body("address.street", equalTo("1 Test Street"))
                    .body("location.latitude", equalTo(43.296482f)).body("location.longitude", equalTo(5.36978f));
        }
        Api.as(booked.accessToken()).get("/bookings/" + booking).then().statusCode(200)
                .body("address.street", equalTo("1 Test Street")).body("address.city", notNullValue())
                .body("address.latitude", equalTo(43.296482f)).body("address.longitude", equalTo(5.36978f));
        String requested = StayFixtures.place(TestUser.register("Unconfirmed Guest"), ListingFixtures.published(host,
                listing(ListingFixtures.uniqueCity("Requests"), 48.85, 2.35).add("instantBook", false)));
        Api.as(host.accessToken()).get("/bookings/" + requested).then().statusCode(200).body("address", nullValue());
    }

    @Test
    void aListingWithAStayNotYetEndedIsNotArchived() {
        String listing = StayFixtures.listingOf(host);
        // paid first: a cancellation racing the payment's own update of the booking would be a 409 concurrent-update
        String booking = StayFixtures.confirmed(guest, listing);
        Eventually.until("the booking holds its nights and its payment is captured", () -> StayFixtures.exists(
                "SELECT 1 FROM listings.booked_stays WHERE booking_id = ?::uuid", booking) && StayFixtures.exists(
                "SELECT 1 FROM payments.payments WHERE booking_id = ?::uuid AND status = 'CAPTURED'", booking));
        assertProblem(Api.as(host.accessToken()).delete("/listings/" + listing), 409, "listing-has-upcoming-stays");

        Api.as(guest.accessToken()).body(Json.of("reason", "Plans changed")).post("/bookings/" + booking + "/cancel").then().statusCode(200);
        Eventually.until("the cancelled booking gives its nights back", () -> !StayFixtures.exists(
                "SELECT 1 FROM listings.booked_stays WHERE booking_id = ?::uuid", booking));
        Api.as(host.accessToken()).delete("/listings/" + listing).then().statusCode(204);
    }

    @Test
    void publishUnpublishAndArchiveFollowTheLifecycle() {
        String id = ListingFixtures.draft(host, body());
        assertProblem(Api.as(host.accessToken()).post("/listings/" + id + "/unpublish"), 409, "not-published");
        Api.as(host.accessToken()).post("/listings/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        assertProblem(Api.as(host.accessToken()).post("/listings/" + id + "/publish"), 409, "already-published");
        Api.as(admin.accessToken()).post("/listings/" + id + "/unpublish").then().statusCode(200).body("status", equalTo("UNPUBLISHED"));
        assertProblem(Api.anonymous().get("/listings/" + id), 404, "listing-not-found");

        Api.as(host.accessToken()).delete("/listings/" + id).then().statusCode(204);
        Api.as(host.accessToken()).delete("/listings/" + id).then().statusCode(204);
        Api.as(host.accessToken()).get("/listings/" + id).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        assertProblem(Api.as(host.accessToken()).post("/listings/" + id + "/publish"), 409, "listing-archived");
        assertProblem(Api.as(host.accessToken()).body(Json.of("title", "Again")).patch("/listings/" + id), 409, "listing-archived");
    }

    @Test
    void transitionsNeedTheHostOrAnAdministrator() {
        String published = ListingFixtures.published(host, body());
        String draft = ListingFixtures.draft(host, body());
        for (String action : List.of("/publish", "/unpublish")) {
            assertProblem(Api.as(otherHost.accessToken()).post("/listings/" + published + action), 403, "not-your-listing");
            assertProblem(Api.as(otherHost.accessToken()).post("/listings/" + draft + action), 404, "listing-not-found");
            assertProblem(Api.anonymous().post("/listings/" + published + action), 401, "authentication-required");
        }
        assertProblem(Api.as(otherHost.accessToken()).delete("/listings/" + published), 403, "not-your-listing");
        assertProblem(Api.as(guest.accessToken()).delete("/listings/" + draft), 404, "listing-not-found");
        assertProblem(Api.anonymous().delete("/listings/" + published), 401, "authentication-required");
        assertProblem(Api.as(host.accessToken()).post("/listings/" + UUID.randomUUID() + "/publish"), 404, "listing-not-found");
        assertProblem(Api.as(host.accessToken()).get("/listings/not-an-id"), 404, "listing-not-found");
    }

    @Test
    void aMergePatchChangesOnlyWhatItNames() {
        String id = ListingFixtures.published(host, body());
        Api.as(host.accessToken()).contentType("application/merge-patch+json")
                .body("{\"title\":\"Renamed\",\"address\":{\"street\":null},\"pricing\":{\"weeklyDiscountPercent\":10},\"stayRules\":{\"minNights\":2}}")
                .patch("/listings/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Renamed"))
                .body("address.street", nullValue())
                .body("address.country", equalTo("FR"))
                .body("pricing.weeklyDiscountPercent", equalTo(10))
                .body("pricing.nightlyPrice.amount", equalTo("100.00"))
                .body("stayRules.minNights", equalTo(2))
                .body("status", equalTo("PUBLISHED"));
        Api.as(admin.accessToken()).body(Json.of("instantBook", false)).patch("/listings/" + id).then().statusCode(200)
                .body("instantBook", equalTo(false));
    }

    @Test
    void aPatchReportsUnknownMistypedAndInvalidFields() {
        String id = ListingFixtures.published(host, body());
        assertProblem(Api.as(host.accessToken()).body(Json.of("status", "DRAFT", "hostId", guest.id())).patch("/listings/" + id), 400, "invalid-input")
                .body("errors.field", hasItems("status", "hostId"));
        assertProblem(Api.as(host.accessToken()).body("{\"title\":7,\"capacity\":{\"guests\":0},\"description\":null}").patch("/listings/" + id),
                400, "invalid-input").body("errors.field", hasItems("title", "capacity.guests"));
        // an unknown field comes with the others, not one round trip earlier
        assertProblem(Api.as(host.accessToken()).body("{\"title\":123,\"capacity\":{\"guests\":0,\"bedrooms\":1,\"beds\":1,"
                + "\"bathrooms\":1},\"bogus\":1}").patch("/listings/" + id), 400, "invalid-input")
                .body("errors.field", containsInAnyOrder("bogus", "title", "capacity.guests"));
        assertProblem(Api.as(host.accessToken()).body("{\"photos\":[]}").patch("/listings/" + id), 422, "listing-incomplete");
        Api.anonymous().get("/listings/" + id).then().body("photos.size()", equalTo(1));
    }

    @Test
    void onlyTheHostOrAnAdministratorMayPatch() {
        String published = ListingFixtures.published(host, body());
        String draft = ListingFixtures.draft(host, body());
        assertProblem(Api.as(otherHost.accessToken()).body(Json.of("title", "Mine")).patch("/listings/" + published), 403, "not-your-listing");
        assertProblem(Api.as(otherHost.accessToken()).body(Json.of("title", "Mine")).patch("/listings/" + draft), 404, "listing-not-found");
        assertProblem(Api.anonymous().body(Json.of("title", "Mine")).patch("/listings/" + published), 401, "authentication-required");
    }

    @Test
    void hostsPageThroughTheirOwnListingsInEveryStatus() {
        TestUser newHost = TestUser.register("Paging Host").asHost();
        String first = ListingFixtures.draft(newHost, body());
        String second = ListingFixtures.published(newHost, body());
        String third = ListingFixtures.draft(newHost, body());
        Api.as(newHost.accessToken()).delete("/listings/" + first).then().statusCode(204);

        String cursor = Api.as(newHost.accessToken()).queryParam("limit", 2).get("/users/me/listings").then().statusCode(200)
                .body("items.id", equalTo(List.of(third, second)))
                .body("items.status", equalTo(List.of("DRAFT", "PUBLISHED")))
                .body("items[1].nightlyPrice.amount", equalTo("100.00"))
                .extract().path("nextCursor");
        Api.as(newHost.accessToken()).queryParam("limit", 2).queryParam("cursor", cursor).get("/users/me/listings").then().statusCode(200)
                .body("items.id", equalTo(List.of(first))).body("items[0].status", equalTo("ARCHIVED")).body("nextCursor", nullValue());
        assertProblem(Api.as(newHost.accessToken()).queryParam("cursor", "bogus!").get("/users/me/listings"), 400, "invalid-input");
        assertProblem(Api.as(newHost.accessToken()).queryParam("limit", 0).get("/users/me/listings"), 400, "invalid-input");
        assertProblem(Api.anonymous().get("/users/me/listings"), 401, "authentication-required");
        Api.as(guest.accessToken()).get("/users/me/listings").then().statusCode(200).body("items.size()", equalTo(0));
    }
}
