package dev.staybook.it.listings;

import static dev.staybook.it.support.ListingFixtures.listing;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import dev.staybook.listings.api.BookingHorizon;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SystemTest
class CalendarIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static TestUser host;
    private static TestUser otherHost;
    private static TestUser admin;

    @BeforeAll
    static void users() {
        host = TestUser.register("Calendar Host").asHost();
        otherHost = TestUser.register("Calendar Stranger").asHost();
        admin = TestUser.administrator();
    }

    static LocalDate day(int fromToday) {
        return LocalDate.now(PARIS).plusDays(fromToday);
    }

    private static String publishedListing() {
        return ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Calendar"), 44.0, 4.0)
                .add("stayRules", Json.createObjectBuilder().add("minNights", 2).add("preparationDays", 1)));
    }

    static JsonObjectBuilder change(LocalDate from, LocalDate to) {
        return Json.createObjectBuilder().add("from", from.toString()).add("to", to.toString());
    }

    static String changes(JsonObjectBuilder... changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder change : changes) {
            array.add(change);
        }
        return Json.createObjectBuilder().add("changes", array).build().toString();
    }

    private static Map<String, Map<String, Object>> daysByDate(JsonPath calendar) {
        List<Map<String, Object>> days = calendar.getList("days");
        return days.stream().collect(Collectors.toMap(d -> (String) d.get("date"), d -> d));
    }

    @Test
    void showsThirtyDaysFromTodayByDefault() {
        String id = publishedListing();
        JsonPath calendar = Api.anonymous().get("/listings/" + id + "/calendar").then().statusCode(200)
                .body("listingId", equalTo(id)).body("timeZone", equalTo("Europe/Paris"))
                .body("days.size()", equalTo(30))
                .body("days[0].date", equalTo(day(0).toString()))
                .body("days[0].status", equalTo(LocalTime.now(PARIS).isBefore(LocalTime.of(15, 0)) ? "AVAILABLE" : "TOO_SOON"))
                .body("days[1].status", equalTo("AVAILABLE"))
                .body("days[0].price.amount", equalTo("100.00"))
                .body("days[0].minNights", equalTo(2))
                .extract().jsonPath();
        assertEquals(day(29).toString(), calendar.getString("days[29].date"));
    }

    @Test
    void nightsNoStayBookedNowCanHoldSayWhy() {
        String id = ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Calendar"), 44.0, 4.0)
                .add("stayRules", Json.createObjectBuilder().add("minNights", 1).add("advanceNoticeDays", 3)));
        Api.anonymous().queryParam("from", day(-2).toString()).queryParam("to", day(5).toString())
                .get("/listings/" + id + "/calendar").then().statusCode(200)
                .body("days.status", equalTo(List.of("PAST", "PAST", "TOO_SOON", "TOO_SOON", "TOO_SOON", "AVAILABLE", "AVAILABLE")));
        LocalDate latestCheckOut = day(BookingHorizon.DAYS);
        Api.anonymous().queryParam("from", latestCheckOut.minusDays(2).toString()).queryParam("to", latestCheckOut.plusDays(1).toString())
                .get("/listings/" + id + "/calendar").then().statusCode(200)
                .body("days.status", equalTo(List.of("AVAILABLE", "AVAILABLE", "BEYOND_HORIZON")));
    }

    @Test
    void hostsBlockAndRepriceNightsAndEveryoneSeesBookingsWithPreparationDays() {
        String id = publishedListing();
        ListingFixtures.book(id, day(20), day(22));
        Api.as(host.accessToken()).body(changes(
                        change(day(10), day(12)).add("availability", "BLOCKED").add("note", "painting"),
                        change(day(12), day(14)).add("price", ListingFixtures.money("150.00", "EUR"))))
                .put("/listings/" + id + "/calendar").then().statusCode(200)
                .body("days.size()", equalTo(4))
                .body("days[0].status", equalTo("BLOCKED"))
                .body("days[0].note", equalTo("painting"))
                .body("days[2].price.amount", equalTo("150.00"));

        JsonPath visitor = Api.anonymous().queryParam("from", day(9).toString()).queryParam("to", day(24).toString())
                .get("/listings/" + id + "/calendar").then().statusCode(200).body("days.size()", equalTo(15)).extract().jsonPath();
        Map<String, Map<String, Object>> days = daysByDate(visitor);
        assertEquals("AVAILABLE", days.get(day(9).toString()).get("status"));
        assertEquals("BLOCKED", days.get(day(10).toString()).get("status"));
        assertEquals(null, days.get(day(10).toString()).get("note"), "notes are the host's");
        assertEquals("150.00", ((Map<?, ?>) days.get(day(13).toString()).get("price")).get("amount"));
        assertEquals("100.00", ((Map<?, ?>) days.get(day(14).toString()).get("price")).get("amount"));
        assertEquals("PREPARATION", days.get(day(19).toString()).get("status"));
        assertEquals("BOOKED", days.get(day(20).toString()).get("status"));
        assertEquals("BOOKED", days.get(day(21).toString()).get("status"));
        assertEquals("PREPARATION", days.get(day(22).toString()).get("status"));
        assertEquals("AVAILABLE", days.get(day(23).toString()).get("status"));

        Api.as(admin.accessToken()).queryParam("from", day(10).toString()).queryParam("to", day(11).toString())
                .get("/listings/" + id + "/calendar").then().body("days[0].note", equalTo("painting"));
    }

    @Test
    void unblockingAndClearingPricesGoBackToTheBase() {
        String id = publishedListing();
        Api.as(host.accessToken()).body(changes(change(day(5), day(8)).add("availability", "BLOCKED")
                .add("price", ListingFixtures.money("90.00", "EUR")))).put("/listings/" + id + "/calendar").then().statusCode(200);
        Api.as(host.accessToken()).body(changes(change(day(5), day(6)).add("availability", "AVAILABLE"),
                        change(day(6), day(8)).addNull("price")))
                .put("/listings/" + id + "/calendar").then().statusCode(200)
                .body("days.status", equalTo(List.of("AVAILABLE", "BLOCKED", "BLOCKED")))
                .body("days.price.amount", equalTo(List.of("90.00", "100.00", "100.00")));
    }

    @Test
    void bookedNightsCannotBeBlockedAndNothingOfTheRequestIsApplied() {
        String id = publishedListing();
        StayFixtures.place(TestUser.register("Calendar Guest"), id, day(30), day(33));
        assertProblem(Api.as(host.accessToken()).body(changes(change(day(25), day(26)).add("availability", "BLOCKED"),
                change(day(32), day(35)).add("availability", "BLOCKED"))).put("/listings/" + id + "/calendar"), 409, "dates-booked");
        Api.anonymous().queryParam("from", day(25).toString()).queryParam("to", day(26).toString()).get("/listings/" + id + "/calendar")
                .then().body("days[0].status", equalTo("AVAILABLE"));
    }

    @Test
    void rejectsBadChanges() {
        String id = publishedListing();
        assertProblem(Api.as(host.accessToken()).body(changes(
                change(day(-2), day(1)).add("availability", "BLOCKED"),
                change(day(3), day(400)).add("availability", "BLOCKED"),
                change(day(3), day(4)).add("price", ListingFixtures.money("80.00", "USD")),
                change(day(3), day(4)).add("availability", "AVAILABLE").add("note", "no")))
                .put("/listings/" + id + "/calendar"), 400, "invalid-input")
                .body("errors.field", hasItems("changes[0].from", "changes[1].to", "changes[2].price.currency", "changes[3].note"));
        assertProblem(Api.as(host.accessToken()).body(changes(change(day(4), day(3)).add("availability", "BLOCKED"),
                        change(day(3), day(4)).add("availability", "SOLD").add("colour", "red"), change(day(3), day(4))))
                .put("/listings/" + id + "/calendar"), 400, "invalid-input")
                .body("errors.field", hasItems("changes[0].to", "changes[1].availability", "changes[1].colour"));
        assertProblem(Api.as(host.accessToken()).body(changes(change(day(3), day(4))))
                .put("/listings/" + id + "/calendar"), 400, "invalid-input").body("errors[0].field", equalTo("changes[0].availability"));
        JsonObjectBuilder[] tooMany = Collections.nCopies(51, 0).stream()
                .map(i -> change(day(3), day(4)).add("availability", "BLOCKED")).toArray(JsonObjectBuilder[]::new);
        assertProblem(Api.as(host.accessToken()).body(changes(tooMany)).put("/listings/" + id + "/calendar"), 400, "invalid-input")
                .body("errors[0].field", equalTo("changes"));
        assertProblem(Api.as(host.accessToken()).body("{}").put("/listings/" + id + "/calendar"), 400, "invalid-input");
        assertProblem(Api.as(host.accessToken()).body("[]").put("/listings/" + id + "/calendar"), 400, "invalid-input")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void rejectsBadSpans() {
        String id = publishedListing();
        assertProblem(Api.anonymous().queryParam("from", day(5).toString()).queryParam("to", day(5).toString())
                .get("/listings/" + id + "/calendar"), 400, "invalid-input").body("errors[0].field", equalTo("to"));
        assertProblem(Api.anonymous().queryParam("from", day(0).toString()).queryParam("to", day(367).toString())
                .get("/listings/" + id + "/calendar"), 400, "invalid-input").body("errors[0].field", equalTo("to"));
        assertProblem(Api.anonymous().queryParam("from", "next tuesday").get("/listings/" + id + "/calendar"), 400, "invalid-input")
                .body("errors[0].field", equalTo("from"));
        Api.anonymous().queryParam("from", day(0).toString()).queryParam("to", day(366).toString())
                .get("/listings/" + id + "/calendar").then().statusCode(200).body("days.size()", equalTo(366));
    }

    @Test
    void onlyTheHostOrAnAdministratorChangesTheCalendar() {
        String id = publishedListing();
        String draft = ListingFixtures.draft(host, listing(ListingFixtures.uniqueCity("Calendar"), 44.0, 4.0));
        String body = changes(change(day(3), day(4)).add("availability", "BLOCKED"));
        assertProblem(Api.as(otherHost.accessToken()).body(body).put("/listings/" + id + "/calendar"), 403, "not-your-listing");
        assertProblem(Api.as(otherHost.accessToken()).body(body).put("/listings/" + draft + "/calendar"), 404, "listing-not-found");
        assertProblem(Api.anonymous().body(body).put("/listings/" + id + "/calendar"), 401, "authentication-required");
        Api.as(admin.accessToken()).body(body).put("/listings/" + id + "/calendar").then().statusCode(200);
        assertProblem(Api.anonymous().get("/listings/" + draft + "/calendar"), 404, "listing-not-found");
        Api.as(host.accessToken()).get("/listings/" + draft + "/calendar").then().statusCode(200);
        Api.as(host.accessToken()).delete("/listings/" + id).then().statusCode(204);
        assertProblem(Api.as(host.accessToken()).body(body).put("/listings/" + id + "/calendar"), 409, "listing-archived");
    }

    @Test
    void datesAreTheListingsOwnAcrossDaylightSavingAndTheNewYear() {
        ZoneId newYork = ZoneId.of("America/New_York");
        String id = ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Calendar NY"), 40.7, -74.0)
                .add("timeZone", "America/New_York"));
        LocalDate dstStart = SearchIT.nextDaylightSavingStart(newYork);
        LocalDate newYearsEve = SearchIT.nextNewYearsEve(newYork);
        Api.as(host.accessToken()).body(changes(change(newYearsEve.minusDays(1), newYearsEve.plusDays(2)).add("availability", "BLOCKED")))
                .put("/listings/" + id + "/calendar").then().statusCode(200);
        Api.anonymous().queryParam("from", newYearsEve.minusDays(1).toString()).queryParam("to", newYearsEve.plusDays(3).toString())
                .get("/listings/" + id + "/calendar").then().statusCode(200)
                .body("timeZone", equalTo("America/New_York"))
                .body("days.date", equalTo(List.of(newYearsEve.minusDays(1).toString(), newYearsEve.toString(),
                        newYearsEve.plusDays(1).toString(), newYearsEve.plusDays(2).toString())))
                .body("days.status", equalTo(List.of("BLOCKED", "BLOCKED", "BLOCKED", "AVAILABLE")));
        Api.anonymous().queryParam("from", dstStart.minusDays(1).toString()).queryParam("to", dstStart.plusDays(2).toString())
                .get("/listings/" + id + "/calendar").then().statusCode(200)
                .body("days.date", equalTo(List.of(dstStart.minusDays(1).toString(), dstStart.toString(), dstStart.plusDays(1).toString())));
    }

    @Test
    void priceChangesMustUseTheListingsCurrencyScale() {
        String id = publishedListing();
        assertProblem(Api.as(host.accessToken()).body(changes(change(day(3), day(4)).add("price", ListingFixtures.money("80.555", "EUR"))))
                .put("/listings/" + id + "/calendar"), 400, "invalid-input").body("errors[0].field", equalTo("changes[0].price.amount"));
        Api.as(host.accessToken()).body(changes(change(day(3), day(4)).add("price", ListingFixtures.money("80.5", "EUR"))))
                .put("/listings/" + id + "/calendar").then().statusCode(200).body("days[0].price.amount", equalTo("80.50"))
                .body("days[0].note", nullValue());
    }
}
