package dev.staybook.it.listings;

import static dev.staybook.it.support.ListingFixtures.listing;
import static dev.staybook.it.support.ListingFixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SharedRedis;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Anonymous listing reads and search pages come from the cache (in Redis) the second time, without a single
 * SQL statement, and never after what they show has changed: a host's edit, unpublishing, the host's new name,
 * a booking that takes the searched dates (a new rating: ReviewsIT reads the rated listing anonymously until
 * it shows). Signed-in guests share what anonymous callers see; hosts, administrators and drafts never touch the cache
 * (a host reads their own edit at once).
 */
@SystemTest
class ListingCacheIT {

    private static TestUser host;

    @BeforeAll
    static void users() {
        host = TestUser.register("Cache Host").asHost();
    }

    @Test
    void theSecondAnonymousReadOfAListingIsServedFromTheCache() {
        String id = ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Cache"), 43.3, 5.4));

        Response first = Api.anonymous().get("/listings/" + id);
        Response second = Api.anonymous().get("/listings/" + id);

        assertRead(first, "MISS");
        assertTrue(statements(first) > 0, "the miss reads the database");
        assertRead(second, "HIT");
        assertEquals(0, statements(second), "the hit runs no SQL");
        assertEquals(first.jsonPath().getMap(""), second.jsonPath().getMap(""));
    }

    @Test
    void theCachedListingLivesInRedisWithItsTtl() {
        String id = ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Cache"), 43.3, 5.4));

        assertRead(Api.anonymous().get("/listings/" + id), "MISS");

        Set<String> keys = SharedRedis.client().keys(SharedRedis.key("cache:listing:" + id + ":*"));
        assertEquals(1, keys.size(), "keys: " + keys);
        long ttl = SharedRedis.client().pttl(keys.iterator().next());
        assertTrue(ttl > 0 && ttl <= 300_000, "ttl in ms: " + ttl);
    }

    @Test
    void aHostsChangeIsVisibleAtOnce() {
        String id = ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Cache"), 43.3, 5.4));
        Api.anonymous().get("/listings/" + id);
        assertRead(Api.anonymous().get("/listings/" + id), "HIT");

        Api.as(host.accessToken()).contentType("application/merge-patch+json").body(Json.of("title", "Freshly painted loft"))
                .patch("/listings/" + id).then().statusCode(200);

        Response after = Api.anonymous().get("/listings/" + id);
        assertRead(after, "MISS");
        assertEquals("Freshly painted loft", after.path("title"));
        assertRead(Api.anonymous().get("/listings/" + id), "HIT");
    }

    @Test
    void aHostsNewNameShowsInTheirListingsAtOnce() {
        TestUser renamedHost = TestUser.register("Cache Host Before").asHost();
        String id = ListingFixtures.published(renamedHost, listing(ListingFixtures.uniqueCity("Cache"), 43.3, 5.4));
        Api.anonymous().get("/listings/" + id);
        assertEquals("Cache Host Before", Api.anonymous().get("/listings/" + id).then().header("X-Cache", "HIT").extract().path("host.name"));

        Api.as(renamedHost.accessToken()).body(Json.of("name", "Cache Host After")).patch("/users/me").then().statusCode(200);

        Response after = Api.anonymous().get("/listings/" + id);
        assertRead(after, "MISS");
        assertEquals("Cache Host After", after.path("host.name"));
    }

    @Test
    void anUnpublishedListingIsGoneForAnonymousCallersAtOnce() {
        String id = ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Cache"), 43.3, 5.4));
        Api.anonymous().get("/listings/" + id);
        assertRead(Api.anonymous().get("/listings/" + id), "HIT");

        Api.as(host.accessToken()).post("/listings/" + id + "/unpublish").then().statusCode(200);

        Api.anonymous().get("/listings/" + id).then().statusCode(404).header("X-Cache", (String) null);
    }

    @Test
    void aSignedInGuestReadsThePublishedListingFromTheSameCache() {
        String id = ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Cache"), 43.3, 5.4));
        TestUser guest = TestUser.register("Cache Guest");
        Response anonymous = Api.anonymous().get("/listings/" + id);

        Response signedIn = Api.as(guest.accessToken()).get("/listings/" + id);

        assertRead(anonymous, "MISS");
        assertRead(signedIn, "HIT");
        assertEquals(0, statements(signedIn), "the guest's hit runs no SQL");
        assertEquals(anonymous.jsonPath().getMap(""), signedIn.jsonPath().getMap(""));
    }

    @Test
    void hostsAndDraftsNeverTouchTheCache() {
        String draft = ListingFixtures.draft(host, listing(ListingFixtures.uniqueCity("Cache"), 43.3, 5.4));
        String published = ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Cache"), 43.3, 5.4));
        Api.anonymous().get("/listings/" + published);

        for (String id : List.of(draft, published)) {
            Response own = Api.as(host.accessToken()).get("/listings/" + id);
            own.then().statusCode(200);
            assertNull(own.header("X-Cache"), "the host's read of " + id + " is not cached");
            assertTrue(statements(own) > 0, "the host's read of " + id + " comes from the database");
        }
        Api.anonymous().get("/listings/" + draft).then().statusCode(404).header("X-Cache", (String) null);
        assertTrue(SharedRedis.client().keys(SharedRedis.key("cache:listing:" + draft + ":*")).isEmpty(), "nothing of the draft is cached");
    }

    @Test
    void equalSearchesShareOnePageWhateverTheParametersOrder() {
        String city = ListingFixtures.uniqueCity("Cache Search");
        String id = ListingFixtures.published(host, listing(city, 43.3, 5.4));

        Response first = Api.anonymous().queryParam("city", city).queryParam("guests", 2).get("/listings");
        Response second = Api.anonymous().queryParam("guests", "2").queryParam("city", city).queryParam("currency", "EUR").get("/listings");

        assertRead(first, "MISS");
        assertRead(second, "HIT");
        assertEquals(0, statements(second));
        assertEquals(List.of(id), second.path("items.id"));
        assertRead(Api.anonymous().queryParam("city", city).queryParam("guests", 5).get("/listings"), "MISS");
    }

    @Test
    void aSearchPageIsDroppedWhenAListingInItChanges() {
        String city = ListingFixtures.uniqueCity("Cache Search");
        String id = ListingFixtures.published(host, listing(city, 43.3, 5.4));
        Api.anonymous().queryParam("city", city).get("/listings");
        assertRead(Api.anonymous().queryParam("city", city).get("/listings"), "HIT");

        JsonObject newPrice = jakarta.json.Json.createObjectBuilder()
                .add("nightlyPrice", money("140.00", "EUR")).add("cleaningFee", money("25.00", "EUR")).build();
        Api.as(host.accessToken()).contentType("application/merge-patch+json").body(Json.of("pricing", newPrice))
                .patch("/listings/" + id).then().statusCode(200);

        Response after = Api.anonymous().queryParam("city", city).get("/listings");
        assertRead(after, "MISS");
        assertEquals("140.00", after.path("items[0].nightlyPrice.amount"));
    }

    @Test
    void aSearchPageIsDroppedWhenABookingTakesItsDates() {
        String city = ListingFixtures.uniqueCity("Cache Search");
        String id = ListingFixtures.published(host, listing(city, 43.3, 5.4));
        LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(60);
        LocalDate checkOut = checkIn.plusDays(3);
        Api.anonymous().queryParam("city", city).queryParam("checkIn", checkIn.toString()).queryParam("checkOut", checkOut.toString())
                .get("/listings");
        Response cached = Api.anonymous().queryParam("city", city).queryParam("checkIn", checkIn.toString())
                .queryParam("checkOut", checkOut.toString()).get("/listings");
        assertRead(cached, "HIT");
        assertEquals(List.of(id), cached.path("items.id"));

        TestUser guest = TestUser.register("Cache Guest");
        Api.as(guest.accessToken()).body(Json.of("listingId", id, "checkIn", checkIn.plusDays(1).toString(),
                "checkOut", checkIn.plusDays(2).toString(), "guests", 2)).post("/bookings").then().statusCode(201);

        // the nights are held once listings has taken the booking from the outbox, and the cache hears of it from the
        // ListingCalendarChanged that follows; waiting for that delivery in the database, not by searching, keeps the
        // wait from outlasting the page's TTL (which would hide a missed drop)
        Eventually.until("the booking's nights are held and the cache told", () -> StayFixtures.exists(
                "SELECT 1 FROM outbox.deliveries WHERE aggregate_id = ?::uuid AND subscriber = 'listings.cache' AND state = 'DELIVERED'"
                        + " AND event_id IN (SELECT id FROM outbox.events WHERE event_type = 'ListingCalendarChanged')", id));
        Response after = Api.anonymous().queryParam("city", city).queryParam("checkIn", checkIn.toString())
                .queryParam("checkOut", checkOut.toString()).get("/listings");
        assertRead(after, "MISS");
        assertEquals(List.of(), after.path("items.id"), "the booked listing left the search for those dates");
        assertFalse(Api.anonymous().queryParam("city", city).get("/listings").<List<String>>path("items.id").isEmpty(),
                "without dates the listing is still found");
    }

    private static void assertRead(Response response, String cache) {
        response.then().statusCode(200).contentType("application/json").header("X-Cache", cache);
    }

    private static int statements(Response response) {
        return Integer.parseInt(response.header("X-Statement-Count"));
    }
}
