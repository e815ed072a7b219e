package dev.staybook.it.listings;

import static dev.staybook.it.listings.CalendarIT.change;
import static dev.staybook.it.listings.CalendarIT.changes;
import static dev.staybook.it.listings.CalendarIT.day;
import static dev.staybook.it.support.ListingFixtures.listing;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.events.EventRows;
import dev.staybook.it.support.Api;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** iCalendar export and import of a listing's calendar. */
@SystemTest
class CalendarSyncIT {

    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static TestUser host;
    private static TestUser otherHost;

    @BeforeAll
    static void users() {
        host = TestUser.register("Sync Host").asHost();
        otherHost = TestUser.register("Sync Stranger").asHost();
    }

    private static String publishedListing() {
        return ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Sync"), 43.0, 3.0));
    }

    private static RequestSpecification calendarFile(TestUser user, String ics) {
        return Api.as(user.accessToken()).contentType("text/calendar; charset=UTF-8").body(ics);
    }

    private static String ics(String... eventLines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other Platform//EN\r\n" + String.join("\r\n", eventLines) + "\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void exportsOneEventPerRunOfUnavailableNights() {
        String id = publishedListing();
        ListingFixtures.book(id, day(20), day(23));
        Api.as(host.accessToken()).body(changes(change(day(5), day(7)).add("availability", "BLOCKED").add("note", "private"),
                change(day(23), day(24)).add("availability", "BLOCKED"))).put("/listings/" + id + "/calendar").then().statusCode(200);

        String feed = Api.anonymous().accept("text/calendar").queryParam("token", feedToken(host, id))
                .get("/listings/" + id + "/calendar.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).contentType(containsString("charset=utf-8"))
                .header("Cache-Control", containsString("no-store"))
                .extract().asString();
        assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\n"), feed);
        assertTrue(feed.contains("\r\nPRODID:-//Staybook//Listings//EN\r\n"));
        assertEquals(0, feed.replace("\r\n", "").chars().filter(c -> c == '\n').count(), "CRLF line ends only");
        List<String> starts = all(feed, "DTSTART;VALUE=DATE:(\\d{8})");
        List<String> ends = all(feed, "DTEND;VALUE=DATE:(\\d{8})");
        assertEquals(List.of(ICS_DATE.format(day(5)), ICS_DATE.format(day(20))), starts);
        assertEquals(List.of(ICS_DATE.format(day(7)), ICS_DATE.format(day(24))), ends, "booked and blocked nights join into one run");
        assertTrue(feed.contains("UID:" + id + "-" + ICS_DATE.format(day(5)) + "@staybook.dev\r\n"));
        assertEquals(2, all(feed, "(SUMMARY:Not available)").size());
        assertTrue(!feed.contains("private"), "host notes stay private");
    }

    /** The listing's feed token, read by its host (or an administrator). */
    static String feedToken(TestUser user, String listing) {
        return Api.as(user.accessToken()).get("/listings/" + listing + "/calendar/feed").then().statusCode(200).extract().path("token");
    }

    @Test
    void theFeedOpensOnlyWithTheListingsCurrentToken() {
        String id = publishedListing();
        // whatever Host the request names, the URL other platforms get is the configured public one (STAYBOOK_PUBLIC_URL)
        String url = Api.as(host.accessToken()).header("Host", "evil.example").get("/listings/" + id + "/calendar/feed")
                .then().statusCode(200).extract().path("url");
        String token = feedToken(host, id);
        assertEquals("https://staybook.test/api/v1/listings/" + id + "/calendar.ics?token=" + token, url);
        assertTrue(token.matches("[A-Za-z0-9_-]{22}"), token);
        assertEquals(token, feedToken(TestUser.administrator(), id), "the token stays until rotated");
        Api.anonymous().queryParam("token", token).get("/listings/" + id + "/calendar.ics").then().statusCode(200);

        assertProblem(Api.anonymous().get("/listings/" + id + "/calendar.ics"), 404, "listing-not-found");
        assertProblem(Api.anonymous().queryParam("token", token.substring(1) + "A").get("/listings/" + id + "/calendar.ics"), 404,
                "listing-not-found");
        // the host's own bearer token is not the feed's
        assertProblem(Api.as(host.accessToken()).get("/listings/" + id + "/calendar.ics"), 404, "listing-not-found");
        // another listing's token opens only that listing's feed
        assertProblem(Api.anonymous().queryParam("token", feedToken(host, publishedListing())).get("/listings/" + id + "/calendar.ics"),
                404, "listing-not-found");

        String rotated = Api.as(host.accessToken()).post("/listings/" + id + "/calendar/feed/rotate").then().statusCode(200)
                .extract().path("token");
        assertProblem(Api.anonymous().queryParam("token", token).get("/listings/" + id + "/calendar.ics"), 404, "listing-not-found");
        Api.anonymous().queryParam("token", rotated).get("/listings/" + id + "/calendar.ics").then().statusCode(200);

        // a draft's feed opens with its token too: the host chose to hand it out
        String draft = ListingFixtures.draft(host, listing(ListingFixtures.uniqueCity("Sync"), 43.0, 3.0));
        Api.anonymous().queryParam("token", feedToken(host, draft)).get("/listings/" + draft + "/calendar.ics").then().statusCode(200);

        // a deleted (archived) listing is gone for everyone, its feed too
        Api.as(host.accessToken()).delete("/listings/" + id).then().statusCode(204);
        assertProblem(Api.anonymous().queryParam("token", rotated).get("/listings/" + id + "/calendar.ics"), 404, "listing-not-found");
    }

    @Test
    void onlyTheHostOrAnAdministratorReadsOrRotatesTheFeedToken() {
        String id = publishedListing();
        assertProblem(Api.as(otherHost.accessToken()).get("/listings/" + id + "/calendar/feed"), 403, "not-your-listing");
        assertProblem(Api.as(otherHost.accessToken()).post("/listings/" + id + "/calendar/feed/rotate"), 403, "not-your-listing");
        assertProblem(Api.anonymous().get("/listings/" + id + "/calendar/feed"), 401, "authentication-required");
        assertProblem(Api.anonymous().post("/listings/" + id + "/calendar/feed/rotate"), 401, "authentication-required");
        Api.as(TestUser.administrator().accessToken()).post("/listings/" + id + "/calendar/feed/rotate").then().statusCode(200);
    }

    @Test
    void importsEventsAsBlockedNightsInTheListingsTimeZone() {
        String id = publishedListing();
        StayFixtures.heldInCalendar(id, day(40), day(42));
        String file = ics(
                "BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:" + ICS_DATE.format(day(10)), "DTEND;VALUE=DATE:" + ICS_DATE.format(day(13)),
                "SUMMARY:Reserved on the other", " platform", "END:VEVENT",
                // 23:30 in New York is 05:30 the next day in Paris
                "BEGIN:VEVENT", "UID:b", "DTSTART;TZID=America/New_York:" + ICS_DATE.format(day(20)) + "T233000",
                "DTEND;TZID=America/New_York:" + ICS_DATE.format(day(21)) + "T233000", "END:VEVENT",
                "BEGIN:VEVENT", "UID:c", "DTSTART;VALUE=DATE:" + ICS_DATE.format(day(-10)), "DTEND;VALUE=DATE:" + ICS_DATE.format(day(-5)), "END:VEVENT",
                "BEGIN:VEVENT", "UID:d", "DTSTART;VALUE=DATE:" + ICS_DATE.format(day(41)), "END:VEVENT");
        calendarFile(host, file).post("/listings/" + id + "/calendar/import").then().statusCode(200)
                .body("imported", equalTo(3))
                .body("blockedNights", equalTo(4));
        Api.as(host.accessToken()).queryParam("from", day(10).toString()).queryParam("to", day(23).toString())
                .get("/listings/" + id + "/calendar").then().statusCode(200)
                .body("days[0].status", equalTo("BLOCKED"))
                .body("days[0].note", equalTo("Reserved on the otherplatform"))
                .body("days[2].status", equalTo("BLOCKED"))
                .body("days[3].status", equalTo("AVAILABLE"))
                .body("days[10].status", equalTo("AVAILABLE"))
                .body("days[11].status", equalTo("BLOCKED"))
                .body("days[11].note", equalTo("Imported"))
                .body("days[12].status", equalTo("AVAILABLE"));
        Api.anonymous().queryParam("from", day(41).toString()).queryParam("to", day(42).toString())
                .get("/listings/" + id + "/calendar").then().body("days[0].status", equalTo("BOOKED"));
    }

    @Test
    void anImportNamesTheNightsABookingHoldsBeforeTheCalendarsCopyHasThem() {
        String id = publishedListing();
        String bookedNights = "listings.booked-nights";
        EventRows.failing(bookedNights); // the booking commits; the calendar's copy of it waits on this delivery
        try {
            StayFixtures.place(TestUser.register("Racing Guest"), id, day(70), day(72));
            calendarFile(host, ics("BEGIN:VEVENT", "UID:around", "DTSTART;VALUE=DATE:" + ICS_DATE.format(day(69)),
                    "DTEND;VALUE=DATE:" + ICS_DATE.format(day(73)), "END:VEVENT"))
                    .post("/listings/" + id + "/calendar/import").then().statusCode(200)
                    .body("blockedNights", equalTo(2))
                    .body("doubleBooked.from", equalTo(List.of(day(70).toString())))
                    .body("doubleBooked.to", equalTo(List.of(day(72).toString())));
        } finally {
            EventRows.healed(bookedNights);
        }
        assertEquals(0, StayFixtures.count("SELECT count(*) FROM listings.calendar_days WHERE listing_id = ?::uuid AND blocked "
                + "AND night >= ?::date AND night < ?::date", id, day(70), day(72)), "the booked nights are left unblocked");
    }

    @Test
    void namesTheBookedNightsAnImportAlsoTakesAndLeavesThemBooked() {
        String id = publishedListing();
        StayFixtures.heldInCalendar(id, day(30), day(33));
        StayFixtures.heldInCalendar(id, day(50), day(52));
        String file = ics(
                "BEGIN:VEVENT", "UID:overlaps-the-start", "DTSTART;VALUE=DATE:" + ICS_DATE.format(day(29)),
                "DTEND;VALUE=DATE:" + ICS_DATE.format(day(32)), "END:VEVENT",
                "BEGIN:VEVENT", "UID:overlaps-the-end", "DTSTART;VALUE=DATE:" + ICS_DATE.format(day(50)),
                "DTEND;VALUE=DATE:" + ICS_DATE.format(day(53)), "END:VEVENT");

        calendarFile(host, file).post("/listings/" + id + "/calendar/import").then().statusCode(200)
                .body("imported", equalTo(2))
                .body("blockedNights", equalTo(2))
                .body("doubleBooked.from", equalTo(List.of(day(30).toString(), day(50).toString())))
                .body("doubleBooked.to", equalTo(List.of(day(32).toString(), day(52).toString())));
        Api.as(host.accessToken()).queryParam("from", day(29).toString()).queryParam("to", day(33).toString())
                .get("/listings/" + id + "/calendar").then().statusCode(200)
                .body("days.status", equalTo(List.of("BLOCKED", "BOOKED", "BOOKED", "BOOKED")));
        calendarFile(host, ics("BEGIN:VEVENT", "UID:free", "DTSTART;VALUE=DATE:" + ICS_DATE.format(day(60)), "END:VEVENT"))
                .post("/listings/" + id + "/calendar/import").then().statusCode(200).body("doubleBooked", hasSize(0));
    }

    @Test
    void malformedOrHugeFilesAreRejectedWithTheReason() {
        String id = publishedListing();
        assertProblem(calendarFile(host, "BEGIN:VEVENT\r\nEND:VEVENT\r\n").post("/listings/" + id + "/calendar/import"), 400, "invalid-input")
                .body("errors[0].field", equalTo("body")).body("errors[0].message", containsString("line 1: Expected [VCALENDAR]"));
        assertProblem(calendarFile(host, ics("BEGIN:VEVENT", "DTSTART:tomorrow", "END:VEVENT")).post("/listings/" + id + "/calendar/import"),
                400, "invalid-input").body("errors[0].message", containsString("line 5"));
        assertProblem(calendarFile(host, ics("BEGIN:VEVENT", "SUMMARY:x")).post("/listings/" + id + "/calendar/import"), 400, "invalid-input");
        String huge = ics("X-FILLER:" + "x".repeat(1024 * 1024));
        // past the request body limit every endpoint has (1 MiB)
        assertProblem(calendarFile(host, huge).post("/listings/" + id + "/calendar/import"), 413, "body-too-large");
    }

    @Test
    void onlyTheHostOrAnAdministratorImports() {
        String id = publishedListing();
        String file = ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:" + ICS_DATE.format(day(3)), "END:VEVENT");
        assertProblem(calendarFile(otherHost, file).post("/listings/" + id + "/calendar/import"), 403, "not-your-listing");
        assertProblem(Api.anonymous().contentType("text/calendar; charset=UTF-8").body(file).post("/listings/" + id + "/calendar/import"),
                401, "authentication-required");
        calendarFile(TestUser.administrator(), file).post("/listings/" + id + "/calendar/import").then().statusCode(200)
                .body("blockedNights", equalTo(1));
    }

    private static List<String> all(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

}
