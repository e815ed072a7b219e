package dev.staybook.it.listings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.staybook.it.listings.CalendarIT.change;
import static dev.staybook.it.listings.CalendarIT.changes;
import static dev.staybook.it.support.ListingFixtures.listing;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.Mailbox;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestDatabase;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calendar subscriptions: feeds served by a WireMock on the one loopback port the test server's fetcher is let through
 * to (STAYBOOK_LISTINGS_CALENDAR_SYNC_LOOPBACK_PORT); every other private address, and loopback on any other port, is
 * refused as it would be in production.
 */
@SystemTest
class CalendarSubscriptionsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    /** A Windows-style TZID only the calendar's own VTIMEZONE explains: Central European time, summer time from late March. */
    private static final String VTIMEZONE = String.join("\r\n", "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD", "END:VTIMEZONE");

    private static WireMockServer feeds;
    private static TestUser host;
    private static TestUser otherHost;

    @BeforeAll
    static void start() {
        feeds = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").port(Integer.parseInt(System.getProperty("staybook.calendar.stub.port"))));
        feeds.start();
        host = TestUser.register("Subscribing Host").asHost();
        otherHost = TestUser.register("Subscription Stranger").asHost();
    }

    @AfterAll
    static void stop() {
        feeds.stop();
    }

    /** The Sunday summer time starts in Europe, at least three weeks from now. */
    private static LocalDate nextSpringChange() {
        LocalDate from = LocalDate.now(PARIS).plusWeeks(3);
        LocalDate change = from.withMonth(3).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        return change.isBefore(from) ? from.plusYears(1).withMonth(3).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)) : change;
    }

    private static String ics(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other Platform//EN\r\n" + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
    }

    /** Friday 23:30 to Saturday 23:30 local time, weekly, five times, the second one cancelled: one night each. */
    private static String weeklyAcrossTheChange(LocalDate firstFriday) {
        return ics(VTIMEZONE, "BEGIN:VEVENT", "UID:weekly@other", "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=W. Europe Standard Time:" + LOCAL.format(firstFriday.atTime(23, 30)),
                "DTEND;TZID=W. Europe Standard Time:" + LOCAL.format(firstFriday.plusDays(1).atTime(23, 30)),
                "RRULE:FREQ=WEEKLY;COUNT=5", "EXDATE;TZID=W. Europe Standard Time:" + LOCAL.format(firstFriday.plusWeeks(1).atTime(23, 30)),
                "SUMMARY:Owner\\, weekends", "END:VEVENT");
    }

    private static String serve(String body) {
        String path = "/feeds/" + UUID.randomUUID() + ".ics";
        feeds.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(body)));
        return feedUrl(path);
    }

    private static String feedUrl(String path) {
        return "http://127.0.0.1:" + feeds.port() + path;
    }

    private static String publishedListing() {
        return ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Subscribed"), 45.0, 5.0));
    }

    private static Response subscribe(TestUser user, String listing, String name, String url) {
        return Api.as(user.accessToken()).body(Json.of("name", name, "url", url)).post("/listings/" + listing + "/calendar/subscriptions");
    }

    private static String subscribed(String listing, String url) {
        return subscribe(host, listing, "Other platform", url).then().statusCode(201).extract().path("id");
    }

    private static String subscriptionPath(String listing, String subscription) {
        return "/listings/" + listing + "/calendar/subscriptions/" + subscription;
    }

    private static Map<LocalDate, String> statuses(String listing, LocalDate from, LocalDate to) {
        JsonPath days = Api.as(host.accessToken()).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/listings/" + listing + "/calendar").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> list = days.getList("days");
        return list.stream().collect(Collectors.toMap(day -> LocalDate.parse((String) day.get("date")), day -> (String) day.get("status")));
    }

    @Test
    void theScheduleSyncsARecurringBlockAcrossTheDstChangeAndEachSyncReplacesTheNights() {
        LocalDate change = nextSpringChange();
        LocalDate firstFriday = change.minusDays(16);
        String path = "/feeds/" + UUID.randomUUID() + ".ics";
        feeds.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/calendar")
                .withBody(weeklyAcrossTheChange(firstFriday))));
        String listing = publishedListing();
        StayFixtures.heldInCalendar(listing, change.plusDays(12), change.plusDays(13));
        Api.as(host.accessToken()).body(changes(change(change.plusDays(20), change.plusDays(21)).add("availability", "BLOCKED")))
                .put("/listings/" + listing + "/calendar").then().statusCode(200);

        Response created = subscribe(host, listing, "Airbnb", feedUrl(path));
        created.then().statusCode(201).header("Location", containsString("/calendar/subscriptions/")).body("name", equalTo("Airbnb"))
                .body("url", equalTo(feedUrl(path))).body("lastSyncedAt", nullValue()).body("doubleBooked", nullValue());
        String subscription = created.path("id");

        // nobody asks: the schedule (every second on the test server) finds the new subscription due
        Eventually.until("the schedule synced the subscription",
                () -> Api.as(host.accessToken()).get(subscriptionPath(listing, subscription)).then().statusCode(200).extract().jsonPath(),
                json -> json.get("lastSyncedAt") != null);
        Api.as(host.accessToken()).get(subscriptionPath(listing, subscription)).then()
                .body("importedEvents", equalTo(1)).body("blockedNights", equalTo(3)).body("lastError", nullValue())
                // the feed's Friday that is booked here: a double booking for the host to settle
                .body("doubleBooked.from", equalTo(List.of(change.plusDays(12).toString())))
                .body("doubleBooked.to", equalTo(List.of(change.plusDays(13).toString())));

        Map<LocalDate, String> nights = statuses(listing, firstFriday.minusDays(1), change.plusDays(22));
        // 23:30 on Friday is still Friday's night after the clocks change: the zone's rules, not a fixed offset
        for (LocalDate blocked : List.of(firstFriday, change.minusDays(2), change.plusDays(5))) {
            assertEquals("BLOCKED", nights.get(blocked), blocked.toString());
            assertEquals("AVAILABLE", nights.get(blocked.plusDays(1)), blocked.plusDays(1).toString());
        }
        assertEquals("AVAILABLE", nights.get(firstFriday.plusWeeks(1)), "the EXDATE cancels the second Friday");
        assertEquals("BOOKED", nights.get(change.plusDays(12)), "an imported block never replaces a booking");
        Api.as(host.accessToken()).queryParam("from", firstFriday.toString()).queryParam("to", firstFriday.plusDays(1).toString())
                .get("/listings/" + listing + "/calendar").then().body("days[0].note", equalTo("Owner, weekends"));

        // the other platform drops the event: the next sync frees its nights, and leaves the host's own block
        feeds.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody(ics())));
        Api.as(host.accessToken()).post(subscriptionPath(listing, subscription) + "/sync").then().statusCode(200)
                .body("importedEvents", equalTo(0)).body("blockedNights", equalTo(0)).body("doubleBooked", hasSize(0));
        nights = statuses(listing, firstFriday.minusDays(1), change.plusDays(22));
        assertEquals("AVAILABLE", nights.get(firstFriday));
        assertEquals("AVAILABLE", nights.get(change.plusDays(5)));
        assertEquals("BLOCKED", nights.get(change.plusDays(20)), "the host's block is not the subscription's");
        assertEquals("BOOKED", nights.get(change.plusDays(12)));
    }

    @Test
    void theHostIsMailedEachDoubleBookingASyncFindsOnce() {
        LocalDate start = LocalDate.now(PARIS).plusDays(60);
        String listing = publishedListing();
        StayFixtures.heldInCalendar(listing, start.plusDays(1), start.plusDays(3));
        StayFixtures.heldInCalendar(listing, start.plusDays(10), start.plusDays(11));
        String path = "/feeds/" + UUID.randomUUID() + ".ics";
        feeds.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody(ics(allDay("a", start, start.plusDays(5))))));
        String calendar = "Airbnb " + UUID.randomUUID();
        String subscription = subscribe(host, listing, calendar, feedUrl(path)).then().statusCode(201).extract().path("id");

        for (int i = 0; i < 2; i++) { // (and the schedule's syncs): the same conflict is mailed once
            Api.as(host.accessToken()).post(subscriptionPath(listing, subscription) + "/sync").then().statusCode(200)
                    .body("doubleBooked.from", equalTo(List.of(start.plusDays(1).toString())));
        }
        Mailbox.Received first = Eventually.until("the host is mailed the double booking", () -> doubleBookingMails(calendar),
                mails -> !mails.isEmpty()).get(0);
        assertTrue(first.body().contains("- from " + start.plusDays(1) + " to " + start.plusDays(3)), first.body());

        // the other platform takes one more booked night: that night alone is mailed
        feeds.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withBody(ics(allDay("a", start, start.plusDays(5)), allDay("b", start.plusDays(10), start.plusDays(12))))));
        Api.as(host.accessToken()).post(subscriptionPath(listing, subscription) + "/sync").then().statusCode(200)
                .body("doubleBooked.from", equalTo(List.of(start.plusDays(1).toString(), start.plusDays(10).toString())));
        List<Mailbox.Received> mails = Eventually.until("the new double booking is mailed", () -> doubleBookingMails(calendar),
                found -> found.size() >= 2);
        assertEquals(2, mails.size(), "one mail per newly found conflict");
        Mailbox.Received second = mails.get(0).equals(first) ? mails.get(1) : mails.get(0);
        assertTrue(second.body().contains("- from " + start.plusDays(10) + " to " + start.plusDays(11))
                && !second.body().contains(start.plusDays(1).toString()), second.body());
    }

    private static String allDay(String uid, LocalDate from, LocalDate to) {
        return String.join("\r\n", "BEGIN:VEVENT", "UID:" + uid, "DTSTART;VALUE=DATE:" + from.toString().replace("-", ""),
                "DTEND;VALUE=DATE:" + to.toString().replace("-", ""), "END:VEVENT");
    }

    private static List<Mailbox.Received> doubleBookingMails(String calendar) {
        return Mailbox.read(host.email()).stream()
                .filter(mail -> mail.subject().startsWith("Double booking") && mail.body().contains(calendar)).toList();
    }

    @Test
    void syncingTheSameFeedAgainChangesNothingAndUnsubscribingFreesTheNights() {
        LocalDate start = LocalDate.now(PARIS).plusDays(30);
        String url = serve(ics("BEGIN:VEVENT", "UID:x", "DTSTART;VALUE=DATE:" + start.toString().replace("-", ""),
                "DTEND;VALUE=DATE:" + start.plusDays(3).toString().replace("-", ""), "END:VEVENT"));
        String listing = publishedListing();
        String subscription = subscribed(listing, url);
        for (int i = 0; i < 2; i++) {
            Api.as(host.accessToken()).post(subscriptionPath(listing, subscription) + "/sync").then().statusCode(200)
                    .body("blockedNights", equalTo(3)).body("lastSyncedAt", notNullValue());
        }
        assertEquals(3, statuses(listing, start, start.plusDays(3)).values().stream().filter("BLOCKED"::equals).count());
        Api.as(host.accessToken()).get("/listings/" + listing + "/calendar/subscriptions").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(subscription)).body("items[0].blockedNights", equalTo(3));

        Api.as(host.accessToken()).delete(subscriptionPath(listing, subscription)).then().statusCode(204);
        assertEquals(3, statuses(listing, start, start.plusDays(3)).values().stream().filter("AVAILABLE"::equals).count());
        assertProblem(Api.as(host.accessToken()).get(subscriptionPath(listing, subscription)), 404, "calendar-subscription-not-found");
    }

    @Test
    void anArchivedListingsFeedsAreNotFetchedAnyMore() throws SQLException {
        String archivedFeed = serve(ics());
        String liveFeed = serve(ics());
        String archived = publishedListing();
        subscribed(archived, archivedFeed);
        subscribed(publishedListing(), liveFeed);
        Eventually.until("the schedule fetched both feeds once", () -> fetches(archivedFeed) > 0 && fetches(liveFeed) > 0);
        Api.as(host.accessToken()).delete("/listings/" + archived).then().statusCode(204);

        long fetchedBefore = fetches(archivedFeed);
        long liveBefore = fetches(liveFeed);
        makeDue(archivedFeed, Duration.ofMinutes(2));
        makeDue(liveFeed, Duration.ofMinutes(1));
        // the schedule (every second) syncs due subscriptions oldest first: by the live feed's fetch it passed the other
        Eventually.until("the schedule fetched the live feed again", () -> fetches(liveFeed) > liveBefore);
        assertEquals(fetchedBefore, fetches(archivedFeed), "an archived listing's calendar never changes: its feed is left alone");
    }

    private static long fetches(String url) {
        return feeds.countRequestsMatching(getRequestedFor(urlEqualTo(url.substring(url.indexOf("/feeds/")))).build()).getCount();
    }

    private static void makeDue(String url, Duration ago) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement due = db.prepareStatement(
                "UPDATE listings.calendar_subscriptions SET next_sync_at = ? WHERE url = ?")) {
            due.setTimestamp(1, Timestamp.from(Instant.now().minus(ago)));
            due.setString(2, url);
            due.executeUpdate();
        }
    }

    @Test
    void privateLoopbackAndLinkLocalAddressesAreRefused() {
        String listing = publishedListing();
        int serverPort = Integer.parseInt(System.getProperty("staybook.http.port"));
        for (String url : List.of("http://127.0.0.1:" + serverPort + "/api/v1/users/me", "http://localhost:" + serverPort + "/health",
                "http://10.0.0.5/calendar.ics", "http://192.168.1.10/calendar.ics", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:" + serverPort + "/", "http://[::ffff:127.0.0.1]:" + serverPort + "/", "http://0.0.0.0:" + serverPort + "/")) {
            assertProblem(subscribe(host, listing, "Sneaky", url), 422, "calendar-url-not-allowed")
                    .body("detail", containsString("public addresses only"));
        }
        Api.as(host.accessToken()).get("/listings/" + listing + "/calendar/subscriptions").then().body("items", hasSize(0));
    }

    @Test
    void aRedirectToAPrivateAddressAnOversizedBodyAndASlowServerFailTheSync() {
        String listing = publishedListing();
        String toMetadata = "/feeds/" + UUID.randomUUID() + ".ics";
        feeds.stubFor(get(urlEqualTo(toMetadata)).willReturn(aResponse().withStatus(302).withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
        String huge = "/feeds/" + UUID.randomUUID() + ".ics";
        feeds.stubFor(get(urlEqualTo(huge)).willReturn(aResponse().withStatus(200).withBody(new byte[2 * 1024 * 1024 + 1])));
        String slow = "/feeds/" + UUID.randomUUID() + ".ics";
        feeds.stubFor(get(urlEqualTo(slow)).willReturn(aResponse().withStatus(200).withFixedDelay(6000).withBody(ics())));
        String notCalendar = serve("<html>not a calendar</html>");

        Map<String, String> reasons = Map.of(toMetadata, "private, loopback or link-local", huge, "larger than 2 MiB", slow, "within 3 s",
                notCalendar.substring(notCalendar.indexOf("/feeds/")), "not a valid iCalendar file");
        reasons.forEach((path, reason) -> {
            String subscription = subscribed(listing, feedUrl(path));
            assertProblem(Api.as(host.accessToken()).post(subscriptionPath(listing, subscription) + "/sync"), 422, "calendar-sync-failed")
                    .body("detail", containsString(reason));
            Api.as(host.accessToken()).get(subscriptionPath(listing, subscription)).then().statusCode(200)
                    .body("lastFailedAt", notNullValue()).body("lastError", containsString(reason));
        });
    }

    @Test
    void badRequestsAreRefused() {
        String listing = publishedListing();
        assertProblem(subscribe(host, listing, "No scheme", "ftp://example.com/c.ics"), 400, "invalid-input").body("errors[0].field", equalTo("url"));
        assertProblem(subscribe(host, listing, "", "https://example.com/c.ics"), 400, "invalid-input").body("errors[0].field", equalTo("name"));
        assertProblem(subscribe(host, listing, "Credentials", "https://user:secret@example.com/c.ics"), 400, "invalid-input");
        assertProblem(Api.as(host.accessToken()).body("{}").post("/listings/" + listing + "/calendar/subscriptions"), 400, "invalid-input");
        String url = serve(ics());
        subscribed(listing, url);
        assertProblem(subscribe(host, listing, "Twice", url), 409, "calendar-already-subscribed");
        assertProblem(Api.as(host.accessToken()).post(subscriptionPath(listing, "not-an-id") + "/sync"), 404, "calendar-subscription-not-found");
    }

    @Test
    void onlyTheHostOrAnAdministratorManagesSubscriptions() {
        String listing = publishedListing();
        String subscription = subscribed(listing, serve(ics()));
        String collection = "/listings/" + listing + "/calendar/subscriptions";
        assertProblem(subscribe(otherHost, listing, "Mine now", serve(ics())), 403, "not-your-listing");
        assertProblem(Api.as(otherHost.accessToken()).get(collection), 403, "not-your-listing");
        assertProblem(Api.as(otherHost.accessToken()).get(subscriptionPath(listing, subscription)), 403, "not-your-listing");
        assertProblem(Api.as(otherHost.accessToken()).post(subscriptionPath(listing, subscription) + "/sync"), 403, "not-your-listing");
        assertProblem(Api.as(otherHost.accessToken()).delete(subscriptionPath(listing, subscription)), 403, "not-your-listing");
        assertProblem(Api.anonymous().get(collection), 401, "authentication-required");
        assertProblem(Api.anonymous().contentType("application/json").body(Json.of("name", "x", "url", "https://example.com/c.ics").toString())
                .post(collection), 401, "authentication-required");

        // a subscription is found only under its own listing
        String othersListing = ListingFixtures.published(otherHost, listing(ListingFixtures.uniqueCity("Subscribed"), 45.0, 5.0));
        assertProblem(Api.as(otherHost.accessToken()).get(subscriptionPath(othersListing, subscription)), 404, "calendar-subscription-not-found");
        assertProblem(Api.as(otherHost.accessToken()).delete(subscriptionPath(othersListing, subscription)), 404,
                "calendar-subscription-not-found");

        Api.as(TestUser.administrator().accessToken()).get(collection).then().statusCode(200).body("items", hasSize(1));
        Api.as(host.accessToken()).get(subscriptionPath(listing, subscription)).then().statusCode(200);
    }
}
