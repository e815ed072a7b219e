package dev.staybook.it.listings;

import static dev.staybook.it.support.ListingFixtures.listing;
import static dev.staybook.it.support.ListingFixtures.money;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search filters, sorts and pages; each test searches its own city or its own patch of the map. */
@SystemTest
class SearchIT {

    private static TestUser host;

    @BeforeAll
    static void users() {
        host = TestUser.register("Search Host").asHost();
    }

    static LocalDate nextDaylightSavingStart(ZoneId zone) {
        var transition = zone.getRules().nextTransition(java.time.Instant.now());
        while (!transition.isGap()) {
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
        return transition.getDateTimeAfter().toLocalDate();
    }

    /** The next 31 December far enough ahead for a stay from the 30th. */
    static LocalDate nextNewYearsEve(ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        LocalDate eve = LocalDate.of(today.getYear(), Month.DECEMBER, 31);
        return eve.minusDays(1).isAfter(today) ? eve : eve.plusYears(1);
    }

    private static LocalDate day(int fromToday) {
        return LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(fromToday);
    }

    /** A random spot in the South Pacific for one test's map searches. */
    private static double[] somewhere() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new double[] {-40 + random.nextDouble() * 20, -150 + random.nextDouble() * 30};
    }

    private static String publish(JsonObjectBuilder body) {
        return ListingFixtures.published(host, body);
    }

    private static RequestSpecification search() {
        return Api.anonymous();
    }

    private static ValidatableResponse found(RequestSpecification request) {
        return request.get("/listings").then().statusCode(200);
    }

    private static List<String> ids(RequestSpecification request) {
        return found(request).extract().path("items.id");
    }

    @Test
    void findsPublishedListingsOfACityIgnoringCase() {
        String city = ListingFixtures.uniqueCity("Searchcity");
        String first = publish(listing(city, 10, 10));
        String second = publish(listing(city.toUpperCase(), 10, 10));
        ListingFixtures.draft(host, listing(city, 10, 10));
        String unpublished = publish(listing(city, 10, 10));
        Api.as(host.accessToken()).post("/listings/" + unpublished + "/unpublish").then().statusCode(200);
        publish(listing(city + " suburb", 10, 10));

        found(search().queryParam("city", city.toLowerCase()))
                .body("items.id", equalTo(List.of(second, first)))
                .body("items[0].nightlyPrice.amount", equalTo("100.00"))
                .body("items[0].photo.url", equalTo("https://img.example/1.jpg"))
                .body("items[0].rating.count", equalTo(0))
                .body("items[0].guests", equalTo(4))
                .body("items[0].instantBook", equalTo(true))
                .body("items[0].stayPrice", nullValue())
                .body("items[0].distanceKm", nullValue())
                .body("nextCursor", nullValue());
    }

    @Test
    void findsListingsInsideABoundingBox() {
        double[] at = somewhere();
        String inside = publish(listing(ListingFixtures.uniqueCity("Box"), at[0] + 0.01, at[1] + 0.01));
        String corner = publish(listing(ListingFixtures.uniqueCity("Box"), at[0] + 0.02, at[1] + 0.02));
        publish(listing(ListingFixtures.uniqueCity("Box"), at[0] + 0.03, at[1] + 0.01));
        String bbox = "%s,%s,%s,%s".formatted(at[1], at[0], at[1] + 0.02, at[0] + 0.02);
        assertEquals(List.of(corner, inside), ids(search().queryParam("bbox", bbox)));
    }

    @Test
    void findsListingsNearAPointNearestFirst() {
        // on the grid guests see places on (0.01 degree; distances are to the place as shown): 0.01 degree of latitude is 1.11 km
        double[] at = Arrays.stream(somewhere()).map(degrees -> Math.round(degrees * 100) / 100.0).toArray();
        String far = publish(listing(ListingFixtures.uniqueCity("Near"), at[0] + 0.03, at[1]));
        String near = publish(listing(ListingFixtures.uniqueCity("Near"), at[0] + 0.01, at[1]));
        String outside = publish(listing(ListingFixtures.uniqueCity("Near"), at[0] + 0.2, at[1]));
        String point = at[0] + "," + at[1];
        found(search().queryParam("near", point).queryParam("radiusKm", 5))
                .body("items.id", equalTo(List.of(near, far)))
                .body("items[0].distanceKm", equalTo(1.112f))
                .body("items[1].distanceKm", equalTo(3.336f));
        assertEquals(List.of(near, far, outside), ids(search().queryParam("near", point).queryParam("radiusKm", 25)));
        assertEquals(List.of(near, far, outside), ids(search().queryParam("near", point).queryParam("radiusKm", 25).queryParam("sort", "distance")));
    }

    @Test
    void filtersByGuestsTypesAmenitiesAndText() {
        String city = ListingFixtures.uniqueCity("Filters");
        String big = publish(listing(city, 10, 10).add("capacity", Json.createObjectBuilder().add("guests", 8).add("bedrooms", 4).add("beds", 5).add("bathrooms", 2)));
        String cabin = publish(listing(city, 10, 10).add("propertyType", "CABIN").add("roomType", "PRIVATE_ROOM")
                .add("amenities", Json.createArrayBuilder().add("wifi").add("pool").add("hot_tub")));
        String word = "zephyrine" + ThreadLocalRandom.current().nextInt(1_000_000);
        String described = publish(listing(city, 10, 10).add("description", "A quiet " + word + " cottage with a view of the lakes."));

        assertEquals(List.of(big), ids(search().queryParam("city", city).queryParam("guests", 5)));
        assertEquals(List.of(cabin), ids(search().queryParam("city", city).queryParam("propertyType", "cabin")));
        assertEquals(List.of(cabin), ids(search().queryParam("city", city).queryParam("roomType", "PRIVATE_ROOM")));
        assertEquals(List.of(cabin), ids(search().queryParam("city", city).queryParam("amenities", "pool,wifi")));
        assertEquals(List.of(), ids(search().queryParam("city", city).queryParam("amenities", "pool,gym")));
        assertEquals(List.of(described), ids(search().queryParam("q", word)));
        assertEquals(List.of(described), ids(search().queryParam("city", city).queryParam("q", word + " lake")));
        assertEquals(List.of(), ids(search().queryParam("city", city).queryParam("q", word + " -lake")));
    }

    @Test
    void filtersAndSortsNightlyPricesWithinOneCurrency() {
        String city = ListingFixtures.uniqueCity("Prices");
        String cheap = publish(priced(city, "60.00", "EUR"));
        String middle = publish(priced(city, "90.00", "EUR"));
        String dear = publish(priced(city, "150.00", "EUR"));
        String dollars = publish(priced(city, "80.00", "USD"));
        assertEquals(List.of(cheap, middle, dear), ids(search().queryParam("city", city).queryParam("sort", "price")));
        assertEquals(List.of(middle), ids(search().queryParam("city", city).queryParam("minPrice", "61").queryParam("maxPrice", "90")));
        assertEquals(List.of(dollars), ids(search().queryParam("city", city).queryParam("maxPrice", "100").queryParam("currency", "usd")));
        assertEquals(4, ids(search().queryParam("city", city)).size());
    }

    private static JsonObjectBuilder priced(String city, String nightly, String currency) {
        return listing(city, 10, 10).add("pricing", Json.createObjectBuilder().add("nightlyPrice", money(nightly, currency))
                .add("cleaningFee", money("25.00", currency)).add("weeklyDiscountPercent", 10));
    }

    @Test
    void sortsByNewestAndByRating() {
        String city = ListingFixtures.uniqueCity("Sorting");
        String good = publish(listing(city, 10, 10));
        String unrated = publish(listing(city, 10, 10));
        String best = publish(listing(city, 10, 10));
        ListingFixtures.rate(good, "4.50", 10);
        ListingFixtures.rate(best, "4.90", 3);
        assertEquals(List.of(best, unrated, good), ids(search().queryParam("city", city)));
        found(search().queryParam("city", city).queryParam("sort", "rating"))
                .body("items.id", equalTo(List.of(best, good, unrated)))
                .body("items[0].rating.average", equalTo(4.9f))
                .body("items[0].rating.count", equalTo(3))
                .body("items[2].rating.average", nullValue());
    }

    @Test
    void pagesThroughResultsWithCursorsInEverySort() {
        String city = ListingFixtures.uniqueCity("Pages");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = publish(priced(city, (100 + i % 2) + ".00", "EUR"));
            ListingFixtures.rate(id, i % 2 == 0 ? "4.00" : "3.00", 1);
            created.add(id);
        }
        for (String sort : List.of("newest", "price", "rating")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            for (int page = 0; page < 3; page++) {
                RequestSpecification request = search().queryParam("city", city).queryParam("sort", sort).queryParam("limit", 2)
                        .queryParam("checkIn", day(60).toString()).queryParam("checkOut", day(62).toString());
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                ValidatableResponse response = found(request);
                seen.addAll(response.extract().path("items.id"));
                cursor = response.extract().path("nextCursor");
                assertEquals(page < 2, cursor != null, sort + " page " + page);
            }
            assertEquals(5, seen.size(), sort);
            assertTrue(seen.containsAll(created), sort);
        }
        assertProblem(search().queryParam("city", city).queryParam("cursor", "tampered").get("/listings"), 400, "invalid-input")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void datesKeepOnlyListingsFreeForTheWholeStay() {
        String city = ListingFixtures.uniqueCity("Available");
        String free = publish(listing(city, 10, 10));
        String blocked = publish(listing(city, 10, 10));
        String booked = publish(listing(city, 10, 10));
        String prepared = publish(listing(city, 10, 10).add("stayRules", Json.createObjectBuilder().add("preparationDays", 2)));
        String notice = publish(listing(city, 10, 10).add("stayRules", Json.createObjectBuilder().add("advanceNoticeDays", 50)));
        String minimum = publish(listing(city, 10, 10).add("stayRules", Json.createObjectBuilder().add("minNights", 4)));
        String maximum = publish(listing(city, 10, 10).add("stayRules", Json.createObjectBuilder().add("maxNights", 2)));
        Api.as(host.accessToken()).body(CalendarIT.changes(CalendarIT.change(day(41), day(42)).add("availability", "BLOCKED")))
                .put("/listings/" + blocked + "/calendar").then().statusCode(200);
        ListingFixtures.book(booked, day(42), day(45));
        ListingFixtures.book(prepared, day(44), day(46));

        found(search().queryParam("city", city).queryParam("checkIn", day(40).toString()).queryParam("checkOut", day(43).toString()))
                .body("items.id", equalTo(List.of(free)))
                .body("items[0].stayPrice.nights", equalTo(3));
        // the preparation days around the booking of 44 to 46 keep 46 to 48 closed
        assertEquals(List.of(maximum, booked, blocked, free),
                ids(search().queryParam("city", city).queryParam("checkIn", day(46).toString()).queryParam("checkOut", day(48).toString())));
        assertEquals(List.of(maximum, notice, prepared, booked, blocked, free),
                ids(search().queryParam("city", city).queryParam("checkIn", day(50).toString()).queryParam("checkOut", day(52).toString())));
        assertEquals(List.of(minimum, notice, prepared, booked, blocked, free),
                ids(search().queryParam("city", city).queryParam("checkIn", day(60).toString()).queryParam("checkOut", day(64).toString())));
    }

    @Test
    void pricesAndFiltersOnTheWholeStayWithOverridesAndDiscounts() {
        String city = ListingFixtures.uniqueCity("Totals");
        String discounted = publish(priced(city, "100.00", "EUR"));
        String flat = publish(priced(city, "95.00", "EUR").add("pricing", Json.createObjectBuilder()
                .add("nightlyPrice", money("95.00", "EUR")).add("cleaningFee", money("50.00", "EUR"))));
        Api.as(host.accessToken()).body(CalendarIT.changes(CalendarIT.change(day(70), day(71)).add("price", money("150.00", "EUR"))))
                .put("/listings/" + discounted + "/calendar").then().statusCode(200);

        // 6 x 100 + 150 = 750, less 10 % = 675, plus 25 cleaning = 700.00; the other: 7 x 95 + 50 = 715.00
        found(search().queryParam("city", city).queryParam("checkIn", day(70).toString()).queryParam("checkOut", day(77).toString())
                .queryParam("sort", "price"))
                .body("items.id", equalTo(List.of(discounted, flat)))
                .body("items[0].stayPrice.total.amount", equalTo("700.00"))
                .body("items[0].stayPrice.total.currency", equalTo("EUR"))
                .body("items[0].stayPrice.nights", equalTo(7))
                .body("items[1].stayPrice.total.amount", equalTo("715.00"));
        assertEquals(List.of(discounted), ids(search().queryParam("city", city).queryParam("checkIn", day(70).toString())
                .queryParam("checkOut", day(77).toString()).queryParam("maxPrice", "700")));
        assertEquals(List.of(flat), ids(search().queryParam("city", city).queryParam("checkIn", day(70).toString())
                .queryParam("checkOut", day(77).toString()).queryParam("minPrice", "700.01")));
        // 3 nights, no discount: 150 + 2 x 100 + 25 = 375.00; the other 3 x 95 + 50 = 335.00
        found(search().queryParam("city", city).queryParam("checkIn", day(70).toString()).queryParam("checkOut", day(73).toString())
                .queryParam("sort", "price")).body("items[0].stayPrice.total.amount", equalTo("335.00"))
                .body("items[1].stayPrice.total.amount", equalTo("375.00"));
    }

    @Test
    void availabilityAndTotalsFollowChangesToTheListingItself() {
        String city = ListingFixtures.uniqueCity("Follow");
        String id = publish(priced(city, "100.00", "EUR"));
        ListingFixtures.book(id, day(80), day(82));
        Api.as(host.accessToken()).body(CalendarIT.changes(CalendarIT.change(day(82), day(83)).add("price", money("150.00", "EUR"))))
                .put("/listings/" + id + "/calendar").then().statusCode(200);
        RequestSpecification afterTheBooking = search().queryParam("city", city).queryParam("checkIn", day(82).toString())
                .queryParam("checkOut", day(84).toString());
        found(afterTheBooking).body("items.id", equalTo(List.of(id))).body("items[0].stayPrice.total.amount", equalTo("275.00"));

        Api.as(host.accessToken()).body("{\"stayRules\":{\"preparationDays\":1}}").patch("/listings/" + id).then().statusCode(200);
        assertEquals(List.of(), ids(search().queryParam("city", city).queryParam("checkIn", day(82).toString())
                .queryParam("checkOut", day(84).toString())), "the day after the booking now prepares the place");

        Api.as(host.accessToken()).body("{\"stayRules\":{\"preparationDays\":0},\"pricing\":{\"nightlyPrice\":{\"amount\":\"100.00\",\"currency\":\"USD\"},"
                + "\"cleaningFee\":{\"amount\":\"25.00\",\"currency\":\"USD\"}}}").patch("/listings/" + id).then().statusCode(200);
        found(search().queryParam("city", city).queryParam("checkIn", day(82).toString()).queryParam("checkOut", day(84).toString())
                .queryParam("sort", "price").queryParam("currency", "USD"))
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].stayPrice.total.amount", equalTo("225.00"));
    }

    @Test
    void staysAcrossDaylightSavingAndTheNewYearCountEveryNight() {
        ZoneId newYork = ZoneId.of("America/New_York");
        String city = ListingFixtures.uniqueCity("New York");
        String open = publish(priced(city, "100.00", "EUR").add("timeZone", "America/New_York"));
        String closed = publish(priced(city, "100.00", "EUR").add("timeZone", "America/New_York"));
        LocalDate eve = nextNewYearsEve(newYork);
        LocalDate dst = nextDaylightSavingStart(newYork);
        Api.as(host.accessToken()).body(CalendarIT.changes(CalendarIT.change(eve, eve.plusDays(1)).add("price", money("200.00", "EUR"))))
                .put("/listings/" + open + "/calendar").then().statusCode(200);
        Api.as(host.accessToken()).body(CalendarIT.changes(CalendarIT.change(dst, dst.plusDays(1)).add("availability", "BLOCKED"),
                        CalendarIT.change(eve.plusDays(1), eve.plusDays(2)).add("availability", "BLOCKED")))
                .put("/listings/" + closed + "/calendar").then().statusCode(200);

        // 30 Dec to 2 Jan: 100 + 200 + 100 + 25 cleaning
        found(search().queryParam("city", city).queryParam("checkIn", eve.minusDays(1).toString()).queryParam("checkOut", eve.plusDays(2).toString()))
                .body("items.id", equalTo(List.of(open)))
                .body("items[0].stayPrice.nights", equalTo(3))
                .body("items[0].stayPrice.total.amount", equalTo("425.00"));
        // a week around the spring-forward Sunday: 7 x 100 less 10 % plus 25
        found(search().queryParam("city", city).queryParam("checkIn", dst.minusDays(3).toString()).queryParam("checkOut", dst.plusDays(4).toString()))
                .body("items.id", equalTo(List.of(open)))
                .body("items[0].stayPrice.nights", equalTo(7))
                .body("items[0].stayPrice.total.amount", equalTo("655.00"));
    }

    @Test
    void namesEveryBadParameter() {
        assertProblem(search().queryParam("city", "x").queryParam("near", "1,2").get("/listings"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("near")));
        assertProblem(search().queryParam("bbox", "10,50,5,55").get("/listings"), 400, "invalid-input").body("errors[0].field", equalTo("bbox"));
        assertProblem(search().queryParam("bbox", "1,2,3").get("/listings"), 400, "invalid-input").body("errors[0].field", equalTo("bbox"));
        assertProblem(search().queryParam("checkIn", "2027-02-30").queryParam("checkOut", "2027-03-02").get("/listings"), 400, "invalid-input")
                .body("errors[0].field", equalTo("checkIn"));
        assertProblem(search().queryParam("checkIn", day(10).toString()).queryParam("checkOut", day(9).toString()).get("/listings"),
                400, "invalid-input").body("errors[0].field", equalTo("checkOut"));
        assertProblem(search().queryParam("checkIn", day(10).toString()).get("/listings"), 400, "invalid-input");
        assertProblem(search().queryParam("minPrice", "-5").queryParam("guests", "lots").queryParam("limit", "500")
                .queryParam("sort", "distance").queryParam("roomType", "castle").get("/listings"), 400, "invalid-input")
                .body("errors.field", hasItems("minPrice", "guests", "limit", "sort", "roomType"));
        assertProblem(search().queryParam("near", "1,2").queryParam("radiusKm", "150").get("/listings"), 400, "invalid-input")
                .body("errors[0].field", equalTo("radiusKm"));
        assertProblem(search().queryParam("amenities", "wifi,moat").get("/listings"), 400, "invalid-input")
                .body("errors[0].field", equalTo("amenities"));
        found(search().queryParam("limit", 1)).body("items.size()", equalTo(1)).body("nextCursor", notNullValue());
    }

    @Test
    void datesOutsideTheYearsOneToNineThousandAreInvalidInput() {
        for (String checkIn : new String[] {"0000-01-01", "-0005-01-01", "+10000-01-01"}) {
            assertProblem(Api.anonymous().queryParam("city", "Anywhere").queryParam("checkIn", checkIn).queryParam("checkOut", "2030-01-03")
                    .get("/listings"), 400, "invalid-input").body("errors.field", hasItems("checkIn"));
        }
    }

    @Test
    void searchTextIsOneLine() {
        assertProblem(Api.anonymous().queryParam("q", "loft\u0000").get("/listings"), 400, "invalid-input").body("errors.field", hasItems("q"));
        assertProblem(Api.anonymous().queryParam("city", "Paris\u001B").get("/listings"), 400, "invalid-input")
                .body("errors.field", hasItems("city"));
    }

    @Test
    void anEditedCursorWithAMomentNoListingHasIsInvalidInput() {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("NEWEST\u001f+999999999-12-31T23:59:59Z\u001f" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        assertProblem(Api.anonymous().queryParam("city", "Anywhere").queryParam("sort", "newest").queryParam("cursor", cursor)
                .get("/listings"), 400, "invalid-input").body("errors.field", hasItems("cursor"));
    }
}
