package dev.staybook.it.listings;

import static dev.staybook.it.support.ListingFixtures.listing;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wishlists over real HTTP: a user's named lists, listings added and removed, and each listing's availability and
 * stay price for given dates, decided as search decides it, for the whole page in one statement. Only the owner
 * sees or changes a list; everyone else is told it does not exist.
 */
@SystemTest
class WishlistsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static TestUser host;
    private static TestUser guest;
    private static TestUser stranger;

    @BeforeAll
    static void users() {
        host = TestUser.register("Wishlist Host").asHost();
        guest = TestUser.register("Wishlist Guest");
        stranger = TestUser.register("Wishlist Stranger");
    }

    static LocalDate day(int fromToday) {
        return LocalDate.now(PARIS).plusDays(fromToday);
    }

    private static String publishedListing() {
        return ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Wishlist"), 45.76, 4.83));
    }

    private static String create(TestUser owner, String name) {
        return Api.as(owner.accessToken()).body(Json.of("name", name)).post("/users/me/wishlists").then().statusCode(201)
                .header("Location", containsString("/api/v1/users/me/wishlists/")).extract().path("id");
    }

    private static void add(TestUser owner, String wishlist, String listingId) {
        Api.as(owner.accessToken()).put("/users/me/wishlists/" + wishlist + "/listings/" + listingId).then().statusCode(204);
    }

    private static JsonPath show(TestUser owner, String wishlist, Map<String, ?> parameters) {
        return Api.as(owner.accessToken()).queryParams(parameters).get("/users/me/wishlists/" + wishlist).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> item(JsonPath page, String listingId) {
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(i -> listingId.equals(((Map<?, ?>) i.get("listing")).get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(listingId + " not in " + items));
    }

    @Test
    void aUserCreatesListsRenamesAndDeletesThem() {
        Response created = Api.as(guest.accessToken()).body(Json.of("name", "  Summer in Lyon ")).post("/users/me/wishlists");
        created.then().statusCode(201).body("name", equalTo("Summer in Lyon")).body("itemCount", equalTo(0));
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/users/me/wishlists/" + id), created.header("Location"));

        Api.as(guest.accessToken()).body(Json.of("name", "Autumn in Lyon")).patch("/users/me/wishlists/" + id).then().statusCode(200)
                .body("name", equalTo("Autumn in Lyon"));
        Api.as(guest.accessToken()).get("/users/me/wishlists").then().statusCode(200).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.name", equalTo("Autumn in Lyon"));

        Api.as(guest.accessToken()).delete("/users/me/wishlists/" + id).then().statusCode(204);
        assertProblem(Api.as(guest.accessToken()).get("/users/me/wishlists/" + id), 404, "wishlist-not-found");
    }

    @Test
    void listingsAreAddedOnceAndRemoved() {
        TestUser owner = TestUser.register("Collector");
        String wishlist = create(owner, "Favourites");
        String first = publishedListing();
        String second = publishedListing();

        add(owner, wishlist, first);
        add(owner, wishlist, first);
        add(owner, wishlist, second);
        JsonPath page = show(owner, wishlist, Map.of());
        assertEquals(2, page.getInt("itemCount"));
        assertEquals(List.of(second, first), page.getList("items.listing.id"), "last added first");
        Api.as(owner.accessToken()).get("/users/me/wishlists").then().body("items[0].itemCount", equalTo(2));

        Api.as(owner.accessToken()).delete("/users/me/wishlists/" + wishlist + "/listings/" + first).then().statusCode(204);
        Api.as(owner.accessToken()).delete("/users/me/wishlists/" + wishlist + "/listings/" + first).then().statusCode(204);
        assertEquals(List.of(second), show(owner, wishlist, Map.of()).getList("items.listing.id"));
    }

    @Test
    void availabilityAndStayPriceFollowBookingsBlocksAndPublication() {
        String free = publishedListing();
        String booked = publishedListing();
        String blocked = publishedListing();
        String unpublished = publishedListing();
        ListingFixtures.book(booked, day(30), day(33));
        Api.as(host.accessToken()).body(CalendarIT.changes(CalendarIT.change(day(31), day(32)).add("availability", "BLOCKED")))
                .put("/listings/" + blocked + "/calendar").then().statusCode(200);
        String wishlist = create(guest, "Lyon");
        for (String listingId : List.of(free, booked, blocked, unpublished)) {
            add(guest, wishlist, listingId);
        }
        Api.as(host.accessToken()).post("/listings/" + unpublished + "/unpublish").then().statusCode(200);

        JsonPath taken = show(guest, wishlist, Map.of("checkIn", day(30).toString(), "checkOut", day(32).toString()));
        assertEquals(true, item(taken, free).get("available"));
        assertEquals(Map.of("nights", 2, "total", Map.of("amount", "225.00", "currency", "EUR")),
                ((Map<?, ?>) item(taken, free).get("listing")).get("stayPrice"), "2 nights at 100.00 and 25.00 cleaning");
        for (String unavailable : List.of(booked, blocked, unpublished)) {
            assertEquals(false, item(taken, unavailable).get("available"), unavailable);
            assertNull(((Map<?, ?>) item(taken, unavailable).get("listing")).get("stayPrice"), unavailable);
        }

        JsonPath later = show(guest, wishlist, Map.of("checkIn", day(40).toString(), "checkOut", day(42).toString()));
        assertEquals(List.of(true, true, true), List.of(item(later, free).get("available"), item(later, booked).get("available"),
                item(later, blocked).get("available")), "other dates are free");
        assertEquals(false, item(later, unpublished).get("available"));

        JsonPath crowd = show(guest, wishlist, Map.of("checkIn", day(40).toString(), "checkOut", day(42).toString(), "guests", 5));
        assertEquals(false, item(crowd, free).get("available"), "the listing takes 4 guests");

        JsonPath undated = show(guest, wishlist, Map.of());
        assertEquals(true, item(undated, booked).get("available"));
        assertEquals(false, item(undated, unpublished).get("available"));
        assertNull(((Map<?, ?>) item(undated, free).get("listing")).get("stayPrice"));
        assertNotNull(((Map<?, ?>) item(undated, free).get("listing")).get("photo"));
    }

    @Test
    void aPageOfFiveListingsCostsTheStatementsOfOne() {
        String one = create(guest, "One");
        String five = create(guest, "Five");
        add(guest, one, publishedListing());
        for (int i = 0; i < 5; i++) {
            add(guest, five, publishedListing());
        }
        Map<String, String> dates = Map.of("checkIn", day(20).toString(), "checkOut", day(23).toString());

        Response ofOne = Api.as(guest.accessToken()).queryParams(dates).get("/users/me/wishlists/" + one);
        Response ofFive = Api.as(guest.accessToken()).queryParams(dates).get("/users/me/wishlists/" + five);

        ofOne.then().statusCode(200).body("items.size()", equalTo(1));
        ofFive.then().statusCode(200).body("items.size()", equalTo(5));
        int statements = Integer.parseInt(ofOne.header("X-Statement-Count"));
        assertTrue(statements > 0, "the list and its page are read from the database");
        assertEquals(statements, Integer.parseInt(ofFive.header("X-Statement-Count")),
                "five listings cost the same statements as one: availability, prices and photos come in one statement");
    }

    @Test
    void pagesFollowTheCursor() {
        String wishlist = create(guest, "Paged");
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String listingId = publishedListing();
            add(guest, wishlist, listingId);
            added.add(0, listingId);
        }
        JsonPath first = show(guest, wishlist, Map.of("limit", 2));
        JsonPath second = show(guest, wishlist, Map.of("limit", 2, "cursor", first.getString("nextCursor")));

        List<String> seen = new ArrayList<>(first.getList("items.listing.id"));
        seen.addAll(second.getList("items.listing.id"));
        assertEquals(added, seen);
        assertNull(second.getString("nextCursor"));
        assertProblem(Api.as(guest.accessToken()).queryParam("cursor", "nonsense").get("/users/me/wishlists/" + wishlist), 400, "invalid-input");
    }

    @Test
    void theOwnersListsPageByCursor() {
        TestUser owner = TestUser.register("Many Lists");
        for (int i = 0; i < 3; i++) {
            create(owner, "List " + i);
        }
        JsonPath first = Api.as(owner.accessToken()).queryParam("limit", 2).get("/users/me/wishlists").then().statusCode(200).extract().jsonPath();
        Api.as(owner.accessToken()).queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor")).get("/users/me/wishlists")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("nextCursor", nullValue())
                .body("items[0].name", equalTo("List 0"));
        assertEquals(List.of("List 2", "List 1"), first.getList("items.name"));
        Api.as(stranger.accessToken()).get("/users/me/wishlists").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.not(hasItem("List 0")));
    }

    @Test
    void anotherUsersListDoesNotExistForThem() {
        String wishlist = create(guest, "Private");
        String listingId = publishedListing();
        add(guest, wishlist, listingId);
        String path = "/users/me/wishlists/" + wishlist;

        assertProblem(Api.as(stranger.accessToken()).get(path), 404, "wishlist-not-found");
        assertProblem(Api.as(stranger.accessToken()).body(Json.of("name", "Mine now")).patch(path), 404, "wishlist-not-found");
        assertProblem(Api.as(stranger.accessToken()).put(path + "/listings/" + publishedListing()), 404, "wishlist-not-found");
        assertProblem(Api.as(stranger.accessToken()).delete(path + "/listings/" + listingId), 404, "wishlist-not-found");
        assertProblem(Api.as(stranger.accessToken()).delete(path), 404, "wishlist-not-found");
        assertProblem(Api.as(guest.accessToken()).get("/users/me/wishlists/not-an-id"), 404, "wishlist-not-found");

        assertEquals("Private", show(guest, wishlist, Map.of()).getString("name"));
        assertEquals(1, show(guest, wishlist, Map.of()).getInt("itemCount"));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        String wishlist = create(guest, "Anonymous");
        assertProblem(Api.anonymous().body(Json.of("name", "x")).post("/users/me/wishlists"), 401, "authentication-required");
        assertProblem(Api.anonymous().get("/users/me/wishlists"), 401, "authentication-required");
        assertProblem(Api.anonymous().get("/users/me/wishlists/" + wishlist), 401, "authentication-required");
        assertProblem(Api.anonymous().put("/users/me/wishlists/" + wishlist + "/listings/" + publishedListing()), 401, "authentication-required");
        assertProblem(Api.anonymous().delete("/users/me/wishlists/" + wishlist), 401, "authentication-required");
    }

    @Test
    void onlyPublishedListingsCanBeAdded() {
        String wishlist = create(guest, "Picky");
        String draft = ListingFixtures.draft(host, listing(ListingFixtures.uniqueCity("Wishlist"), 45.76, 4.83));
        String unpublished = publishedListing();
        Api.as(host.accessToken()).post("/listings/" + unpublished + "/unpublish").then().statusCode(200);
        String path = "/users/me/wishlists/" + wishlist + "/listings/";

        assertProblem(Api.as(guest.accessToken()).put(path + java.util.UUID.randomUUID()), 404, "listing-not-found");
        assertProblem(Api.as(guest.accessToken()).put(path + "not-a-listing"), 404, "listing-not-found");
        assertProblem(Api.as(guest.accessToken()).put(path + draft), 404, "listing-not-found");
        assertProblem(Api.as(guest.accessToken()).put(path + unpublished), 404, "listing-not-found");

        String hostsList = create(host, "Own listings");
        assertProblem(Api.as(host.accessToken()).put("/users/me/wishlists/" + hostsList + "/listings/" + draft), 422, "listing-not-published");
        assertProblem(Api.as(host.accessToken()).put("/users/me/wishlists/" + hostsList + "/listings/" + unpublished), 422, "listing-not-published");
        assertEquals(0, show(guest, wishlist, Map.of()).getInt("itemCount"));
    }

    @Test
    void badNamesAreRefused() {
        String wishlist = create(guest, "Named");
        assertProblem(Api.as(guest.accessToken()).body(Json.of("name", "   ")).post("/users/me/wishlists"), 400, "invalid-input")
                .body("errors.field", hasItem("name"));
        assertProblem(Api.as(guest.accessToken()).body(Json.of("name", "x".repeat(51))).post("/users/me/wishlists"), 400, "invalid-input");
        assertProblem(Api.as(guest.accessToken()).body("{}").post("/users/me/wishlists"), 400, "invalid-input");
        assertProblem(Api.as(guest.accessToken()).body("[1]").post("/users/me/wishlists"), 400, "malformed-json");
        assertProblem(Api.as(guest.accessToken()).body(Json.of("name", "")).patch("/users/me/wishlists/" + wishlist), 400, "invalid-input");
        Api.as(guest.accessToken()).body(Json.of("name", "x".repeat(50))).post("/users/me/wishlists").then().statusCode(201);
    }

    @Test
    void datesFollowTheRulesOfSearch() {
        String wishlist = create(guest, "Dated");
        String path = "/users/me/wishlists/" + wishlist;
        Map<String, Object> checkInOnly = Map.of("checkIn", day(10).toString());
        Map<String, Object> backwards = Map.of("checkIn", day(10).toString(), "checkOut", day(9).toString());
        Map<String, Object> tooLong = Map.of("checkIn", day(10).toString(), "checkOut", day(10 + 366).toString());
        Map<String, Object> beyondHorizon = Map.of("checkIn", day(800).toString(), "checkOut", day(802).toString());
        Map<String, Object> notADate = Map.of("checkIn", "tomorrow", "checkOut", day(2).toString());
        Map<String, Object> tooManyGuests = Map.of("guests", "51");

        Map<Map<String, Object>, String> expected = new HashMap<>();
        expected.put(checkInOnly, "checkIn and checkOut go together");
        expected.put(backwards, "must be after checkIn");
        expected.put(tooLong, "a stay is at most 365 nights");
        expected.put(beyondHorizon, "must be at most 731 days ahead: stays further away cannot be booked yet");
        expected.put(notADate, "must be a date such as 2027-03-01");
        expected.put(tooManyGuests, "must be between 1 and 50");
        expected.forEach((parameters, message) -> {
            Response searched = Api.anonymous().queryParams(parameters).get("/listings");
            Response listed = Api.as(guest.accessToken()).queryParams(parameters).get(path);
            assertProblem(listed, 400, "invalid-input").body("errors.message", hasItem(message));
            assertEquals(searched.jsonPath().getList("errors"), listed.jsonPath().getList("errors"), "same as search: " + parameters);
        });
        assertProblem(Api.as(guest.accessToken()).queryParam("limit", 0).get(path), 400, "invalid-input");
    }

    @Test
    void aUserKeepsAtMostAHundredLists() {
        TestUser owner = TestUser.register("Hoarder");
        for (int i = 0; i < 100; i++) {
            Api.as(owner.accessToken()).body(Json.of("name", "List " + i)).post("/users/me/wishlists").then().statusCode(201);
        }
        assertProblem(Api.as(owner.accessToken()).body(Json.of("name", "One too many")).post("/users/me/wishlists"), 422, "too-many-wishlists");
        String last = Api.as(owner.accessToken()).queryParam("limit", 1).get("/users/me/wishlists").then().extract().path("items[0].id");
        Api.as(owner.accessToken()).delete("/users/me/wishlists/" + last).then().statusCode(204);
        Api.as(owner.accessToken()).body(Json.of("name", "Room again")).post("/users/me/wishlists").then().statusCode(201);
    }

    @Test
    void aListHoldsAtMostAThousandListings() {
        String wishlist = create(guest, "Full");
        String template = ListingFixtures.draft(host, listing(ListingFixtures.uniqueCity("Wishlist"), 45.76, 4.83));
        // 999 drafts copied from it in SQL (creating them through the API would take minutes), put on the list directly
        ListingFixtures.update("""
                DO $$
                DECLARE columns text;
                BEGIN
                    SELECT string_agg(quote_ident(column_name), ', ') INTO columns FROM information_schema.columns
                    WHERE table_schema = 'listings' AND table_name = 'listings' AND is_generated = 'NEVER' AND column_name <> 'id';
                    EXECUTE format('INSERT INTO listings.listings (id, %1$s) SELECT gen_random_uuid(), %1$s'
                        || ' FROM listings.listings, generate_series(1, 999) WHERE id = %2$L', columns, 'TEMPLATE');
                    INSERT INTO listings.wishlist_items (wishlist_id, listing_id, added_at)
                    SELECT 'WISHLIST', copy.id, now() FROM listings.listings copy JOIN listings.listings template
                        ON template.id = 'TEMPLATE' AND copy.city = template.city AND copy.id <> template.id;
                END $$""".replace("TEMPLATE", template).replace("WISHLIST", wishlist));
        assertEquals(999, show(guest, wishlist, Map.of("limit", 1)).getInt("itemCount"));

        String thousandth = publishedListing();
        add(guest, wishlist, thousandth);
        assertProblem(Api.as(guest.accessToken()).put("/users/me/wishlists/" + wishlist + "/listings/" + publishedListing()), 422, "wishlist-full");
        add(guest, wishlist, thousandth);
        assertEquals(1000, show(guest, wishlist, Map.of("limit", 1)).getInt("itemCount"));
    }
}
