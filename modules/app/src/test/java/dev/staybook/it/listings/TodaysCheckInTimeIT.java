package dev.staybook.it.listings;

import static dev.staybook.it.support.ListingFixtures.listing;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Today's stay can be booked until the listing's check-in time where it is, and search and wishlists offer what a
 * quote accepts: the tester's case, a listing whose check-in time today came a few minutes ago in its time zone, is
 * no longer found for tonight (REST and GraphQL) nor shown available on a wishlist, while tomorrow's stay still is.
 * The zone is chosen from the clock so that it is about noon there: today at the listing stays today, and its
 * check-in time stays passed, for hours either side of the test.
 */
@SystemTest
class TodaysCheckInTimeIT {

    private static ZoneId zone;
    private static LocalDate today;
    private static String city;
    /** Checks in from a few minutes before now, local time: tonight is closed. */
    private static String passed;
    /** Checks in from 23:59: tonight is still open. */
    private static String open;
    private static TestUser guest;

    @BeforeAll
    static void listings() {
        Instant now = Instant.now();
        int hoursToNoon = 12 - now.atOffset(ZoneOffset.UTC).getHour(); // -11 .. 12
        zone = ZoneId.of(hoursToNoon == 0 ? "Etc/GMT" : "Etc/GMT" + (hoursToNoon > 0 ? "-" : "+") + Math.abs(hoursToNoon));
        LocalTime localNow = now.atZone(zone).toLocalTime();
        today = now.atZone(zone).toLocalDate();
        String checkInFrom = localNow.minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).format(DateTimeFormatter.ofPattern("HH:mm"));

        TestUser host = TestUser.register("Check-in Time Host").asHost();
        guest = TestUser.register("Check-in Time Guest");
        city = ListingFixtures.uniqueCity("Late Check-in");
        passed = listingAt(host, checkInFrom);
        open = listingAt(host, "23:59");
    }

    private static String listingAt(TestUser host, String checkInFrom) {
        return ListingFixtures.published(host, listing(city, 45.76, 4.83).add("timeZone", zone.getId())
                .add("checkInFrom", checkInFrom).add("checkOutUntil", "11:00"));
    }

    private static Set<String> found(LocalDate checkIn) {
        return Set.copyOf(Api.anonymous().queryParam("city", city).queryParam("checkIn", checkIn.toString())
                .queryParam("checkOut", checkIn.plusDays(1).toString()).get("/listings").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class));
    }

    private static String quote(String listingId, LocalDate checkIn) {
        return Json.of("listingId", listingId, "checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(1).toString(), "guests", 2);
    }

    @Test
    void aQuoteRefusesTonightOnceTheCheckInTimeHasComeAndAcceptsTomorrow() {
        assertProblem(Api.anonymous().body(quote(passed, today)).post("/quotes"), 422, "check-in-time-passed");
        Api.anonymous().body(quote(open, today)).post("/quotes").then().statusCode(200);
        Api.anonymous().body(quote(passed, today.plusDays(1))).post("/quotes").then().statusCode(200);
    }

    @Test
    void searchOffersTonightOnlyWhereTheCheckInTimeIsStillAhead() {
        assertEquals(Set.of(open), found(today), "tonight at " + zone);
        assertEquals(Set.of(open, passed), found(today.plusDays(1)), "tomorrow at " + zone);
    }

    @Test
    void graphQLSearchAgrees() {
        String query = "query Tonight($city: String, $checkIn: String, $checkOut: String) {"
                + " listings(city: $city, checkIn: $checkIn, checkOut: $checkOut) { items { id } } }";
        for (LocalDate checkIn : List.of(today, today.plusDays(1))) {
            JsonPath data = GraphQL.data(null, query, jakarta.json.Json.createObjectBuilder().add("city", city)
                    .add("checkIn", checkIn.toString()).add("checkOut", checkIn.plusDays(1).toString()));
            assertEquals(found(checkIn), Set.copyOf(data.getList("listings.items.id", String.class)), checkIn.toString());
        }
    }

    @Test
    void aWishlistShowsTonightUnavailableAfterTheCheckInTimeAndTomorrowAvailable() {
        String wishlist = Api.as(guest.accessToken()).body(Json.of("name", "Last minute")).post("/users/me/wishlists")
                .then().statusCode(201).extract().path("id");
        for (String listingId : List.of(passed, open)) {
            Api.as(guest.accessToken()).put("/users/me/wishlists/" + wishlist + "/listings/" + listingId).then().statusCode(204);
        }

        Map<String, Map<String, Object>> tonight = items(wishlist, today);
        assertEquals(false, tonight.get(passed).get("available"));
        assertNull(((Map<?, ?>) tonight.get(passed).get("listing")).get("stayPrice"));
        assertEquals(true, tonight.get(open).get("available"));

        Map<String, Map<String, Object>> tomorrow = items(wishlist, today.plusDays(1));
        assertEquals(true, tomorrow.get(passed).get("available"));
        assertNotNull(((Map<?, ?>) tomorrow.get(passed).get("listing")).get("stayPrice"));
    }

    /** The wishlist's items for a one-night stay, by listing id. */
    private static Map<String, Map<String, Object>> items(String wishlist, LocalDate checkIn) {
        List<Map<String, Object>> items = Api.as(guest.accessToken()).queryParam("checkIn", checkIn.toString())
                .queryParam("checkOut", checkIn.plusDays(1).toString()).queryParam("guests", 2)
                .get("/users/me/wishlists/" + wishlist).then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().collect(Collectors.toMap(item -> (String) ((Map<?, ?>) item.get("listing")).get("id"), item -> item));
    }
}
