package dev.staybook.it.listings;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Listings after years of real use: a host who prices every night of the next two years one by one, and a popular
 * listing with a decade of past stays and hundreds ahead. Their calendars, quotes, bookings and searches with dates
 * work and price correctly (the night summaries were unbounded once, and such listings failed every write), and
 * nothing can be booked or changed beyond the two-year horizon.
 */
@SystemTest
class CalendarAtScaleIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int OVERRIDDEN_NIGHTS = 730;
    private static final int CHANGES_PER_REQUEST = 50;

    private static TestUser host;
    private static TestUser guest;

    @BeforeAll
    static void users() {
        host = TestUser.register("Busy Host").asHost();
        guest = TestUser.register("Busy Guest");
    }

    private static LocalDate day(int fromToday) {
        return LocalDate.now(PARIS).plusDays(fromToday);
    }

    /** Night i (1 to 730) costs 100.00 + i × 0.05 EUR: every price differs. */
    private static BigDecimal priceOfNight(int fromToday) {
        return new BigDecimal("100.00").add(new BigDecimal("0.05").multiply(BigDecimal.valueOf(fromToday)));
    }

    private static BigDecimal nightsTotal(int firstNight, int nights) {
        BigDecimal total = BigDecimal.ZERO;
        for (int night = firstNight; night < firstNight + nights; night++) {
            total = total.add(priceOfNight(night));
        }
        return total;
    }

    private static String listingIn(String city) {
        return ListingFixtures.published(host, ListingFixtures.listing(city, 45.76, 4.83));
    }

    private static List<String> foundIn(String city, LocalDate checkIn, LocalDate checkOut) {
        return Api.anonymous().queryParam("city", city).queryParam("checkIn", checkIn.toString()).queryParam("checkOut", checkOut.toString())
                .get("/listings").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void twoYearsOfNightlyPricesQuoteBookAndSearchAtTheirPrices() {
        String city = ListingFixtures.uniqueCity("Priced");
        String id = listingIn(city);
        for (int first = 1; first <= OVERRIDDEN_NIGHTS; first += CHANGES_PER_REQUEST) {
            JsonArrayBuilder changes = jakarta.json.Json.createArrayBuilder();
            for (int night = first; night < Math.min(first + CHANGES_PER_REQUEST, OVERRIDDEN_NIGHTS + 1); night++) {
                changes.add(jakarta.json.Json.createObjectBuilder().add("from", day(night).toString()).add("to", day(night + 1).toString())
                        .add("price", ListingFixtures.money(priceOfNight(night).toPlainString(), "EUR")));
            }
            Api.as(host.accessToken()).body(jakarta.json.Json.createObjectBuilder().add("changes", changes).build().toString())
                    .put("/listings/" + id + "/calendar").then().statusCode(200);
        }
        Api.anonymous().queryParam("from", day(OVERRIDDEN_NIGHTS - 2).toString()).queryParam("to", day(OVERRIDDEN_NIGHTS + 1).toString())
                .get("/listings/" + id + "/calendar").then().statusCode(200)
                .body("days.price.amount", equalTo(List.of("136.40", "136.45", "136.50")));

        Api.anonymous().body(Json.of("listingId", id, "checkIn", day(600).toString(), "checkOut", day(605).toString(), "guests", 2))
                .post("/quotes").then().statusCode(200)
                .body("lines[0].description", equalTo("5 nights"))
                .body("lines[0].amount.amount", equalTo(nightsTotal(600, 5).toPlainString()));

        String booking = Api.as(guest.accessToken())
                .body(Json.of("listingId", id, "checkIn", day(600).toString(), "checkOut", day(605).toString(), "guests", 2))
                .post("/bookings").then().statusCode(201).extract().path("id");
        StayFixtures.awaitStatus(guest, booking, "CONFIRMED");

        Api.anonymous().queryParam("city", city).queryParam("checkIn", day(700).toString()).queryParam("checkOut", day(703).toString())
                .get("/listings").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].stayPrice.total.amount", equalTo(nightsTotal(700, 3).add(new BigDecimal("25.00")).toPlainString()));
        Eventually.until("the booked nights leave search", () -> foundIn(city, day(602), day(604)).isEmpty());
        assertEquals(List.of(id), foundIn(city, day(605), day(607)), "the check-out day is free again");
    }

    @Test
    void aDecadeOfPastStaysAndThreeHundredAheadStillTakeANewBooking() {
        String city = ListingFixtures.uniqueCity("Popular");
        String id = listingIn(city);
        // 2,000 two-night stays over the last eleven years, in one statement as a bulk import would write them
        ListingFixtures.update("INSERT INTO listings.booked_stays (booking_id, listing_id, check_in, check_out)"
                + " SELECT gen_random_uuid(), ?::uuid, ?::date - 2 * k, ?::date - 2 * k + 2 FROM generate_series(1, 2000) AS k",
                id, day(-1).toString(), day(-1).toString());
        // 300 one-night stays ahead with a free night between each two, one by one as bookings record them
        for (int k = 0; k < 300; k++) {
            ListingFixtures.book(id, day(20 + 2 * k), day(21 + 2 * k));
        }
        assertEquals(List.of(), foundIn(city, day(20), day(21)), "a booked night");
        assertEquals(List.of(), foundIn(city, day(21), day(23)), "a free night and a booked one");
        assertEquals(List.of(id), foundIn(city, day(21), day(22)), "the free night between two stays");

        String booking = Api.as(guest.accessToken())
                .body(Json.of("listingId", id, "checkIn", day(21).toString(), "checkOut", day(22).toString(), "guests", 2))
                .post("/bookings").then().statusCode(201).extract().path("id");
        StayFixtures.awaitStatus(guest, booking, "CONFIRMED");

        Eventually.until("the new booking leaves search", () -> foundIn(city, day(21), day(22)).isEmpty());
        assertEquals(List.of(id), foundIn(city, day(700), day(702)));
        assertEquals(2301, StayFixtures.count("SELECT count(*) FROM listings.booked_stays WHERE listing_id = ?", UUID.fromString(id)),
                "every stay recorded");
        assertEquals(1, StayFixtures.count("SELECT count(*) FROM listings.listings WHERE id = ? AND nights_from >= current_date - 2"
                + " AND length(unavailable_bits) <= 734", UUID.fromString(id)), "past stays are not summarised");
        String heldOneByOne = StayFixtures.text("SELECT unavailable_bits::text FROM listings.listings WHERE id = ?", UUID.fromString(id));
        StayFixtures.count("SELECT count(*) FROM (SELECT listings.refresh_night_summaries(ARRAY[?::uuid])) AS recomputed", UUID.fromString(id));
        assertEquals(heldOneByOne, StayFixtures.text("SELECT unavailable_bits::text FROM listings.listings WHERE id = ?", UUID.fromString(id)),
                "each hold set its nights exactly as recomputing the summary does");
    }

    private static String blocking(LocalDate from, LocalDate to) {
        return Json.of("changes", List.of(jakarta.json.Json.createObjectBuilder().add("from", from.toString()).add("to", to.toString())
                .add("availability", "BLOCKED").build()));
    }

    @Test
    void nothingIsBookedOrChangedBeyondTwoYears() {
        String id = listingIn(ListingFixtures.uniqueCity("Horizon"));
        Api.as(host.accessToken()).body(blocking(day(730), day(731))).put("/listings/" + id + "/calendar").then().statusCode(200);
        assertProblem(Api.as(host.accessToken()).body(blocking(day(731), day(732))).put("/listings/" + id + "/calendar"), 400, "invalid-input")
                .body("errors[0].field", equalTo("changes[0].to"));

        assertProblem(Api.as(guest.accessToken())
                .body(Json.of("listingId", id, "checkIn", day(729).toString(), "checkOut", day(732).toString(), "guests", 2))
                .post("/bookings"), 422, "beyond-booking-horizon");
        assertProblem(Api.anonymous().queryParam("city", "Anywhere").queryParam("checkIn", day(800).toString())
                .queryParam("checkOut", day(802).toString()).get("/listings"), 400, "invalid-input")
                .body("errors[0].field", equalTo("checkOut"));
    }
}
