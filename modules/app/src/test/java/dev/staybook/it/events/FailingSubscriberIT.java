package dev.staybook.it.events;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Metrics;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Mailbox;
import dev.staybook.it.support.ServerReadiness;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A subscriber that fails on purpose (the notifications' booking mails, through the test-only fault switch)
 * delays neither payments nor listings for the same booking; its deliveries are retried, then parked and
 * listed for administrators with their error; once it works again and they are retried, each is
 * delivered exactly once.
 *
 * <p>Not a {@code @SystemTest}: the server rightly logs the parked deliveries as errors.
 */
@ExtendWith(ServerReadiness.class)
class FailingSubscriberIT {

    private static final String MAILS = "notifications.booking-mails";

    private static TestUser admin;
    private static TestUser host;

    @BeforeAll
    static void users() {
        admin = TestUser.administrator();
        host = TestUser.register("Isolated Host").asHost();
    }

    @AfterEach
    void heal() {
        EventRows.healed(MAILS);
    }

    @Test
    void aFailingSubscriberHoldsUpNoOtherAndIsDeliveredOnceAfterARetry() {
        TestUser guest = TestUser.register("Isolated Guest");
        EventRows.failing(MAILS);

        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));

        assertTrue(StayFixtures.exists("SELECT 1 FROM listings.booked_stays WHERE booking_id = ?::uuid", booking),
                "listings holds the nights");
        Eventually.until("the mail delivery of BookingPlaced parked", () -> EventRows.deliveries(booking, MAILS, "PARKED") == 1);
        Map<String, Object> placed = single(deliveriesOf(booking, "failed"));
        assertEquals("BookingPlaced", placed.get("eventType"));
        assertEquals(4, placed.get("attempts"), "parked after the test server's 4 attempts");
        assertTrue(((String) placed.get("lastError")).contains("fault injected for subscriber " + MAILS), "" + placed);
        Map<String, Object> confirmedDelivery = single(deliveriesOf(booking, "pending"));
        assertEquals("BookingConfirmed", confirmedDelivery.get("eventType"));
        assertEquals(0, confirmedDelivery.get("attempts"), "in order per booking: it waits for the parked BookingPlaced");
        String confirmed = EventRows.eventId(booking, "BookingConfirmed");
        assertEquals(0, StayFixtures.count("SELECT count(*) FROM notifications.mails WHERE source LIKE ?", confirmed + ":%"));
        assertTrue(parkedMetric() >= 1, "the parked delivery shows on /metrics");

        EventRows.healed(MAILS);
        Api.as(admin.accessToken()).post("/admin/events/" + placed.get("id") + "/retry").then().statusCode(200)
                .body("state", equalTo("pending"));

        Eventually.until("both mail deliveries delivered", () -> EventRows.deliveries(booking, MAILS, "DELIVERED") == 2);
        Mailbox.awaitMail(guest.email(), "Booking confirmed");
        assertEquals(2, StayFixtures.count("SELECT count(*) FROM notifications.mails WHERE source LIKE ?", confirmed + ":%"),
                "one confirmation for the guest and one for the host");
        assertEquals(1, Mailbox.count(guest.email(), "Booking confirmed"));
        assertProblem(Api.as(admin.accessToken()).post("/admin/events/" + placed.get("id") + "/retry"), 409, "delivery-settled");
    }

    @Test
    void aDismissedDeliveryHoldsBackNothingMore() {
        TestUser guest = TestUser.register("Dismissed Guest");
        EventRows.failing(MAILS);
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));
        Eventually.until("the mail delivery of BookingPlaced parked", () -> EventRows.deliveries(booking, MAILS, "PARKED") == 1);
        Map<String, Object> placed = single(deliveriesOf(booking, "failed"));
        EventRows.healed(MAILS);

        Api.as(admin.accessToken()).post("/admin/events/" + placed.get("id") + "/dismiss").then().statusCode(200)
                .body("state", equalTo("dismissed"));

        Eventually.until("the confirmation mails delivered", () -> EventRows.deliveries(booking, MAILS, "DELIVERED") == 1);
        assertEquals(0, EventRows.open(booking), "nothing of the booking waits any more");
        assertEquals(List.of("BookingPlaced"), deliveriesOf(booking, "dismissed").stream().map(d -> d.get("eventType")).toList());
        Mailbox.awaitMail(guest.email(), "Booking confirmed");
        assertProblem(Api.as(admin.accessToken()).post("/admin/events/" + placed.get("id") + "/dismiss"), 409, "delivery-settled");
    }

    @Test
    void onlyAdministratorsSeeDeliveriesAndBadRequestsAreProblems() {
        TestUser someone = TestUser.register("Curious User");
        assertProblem(Api.anonymous().get("/admin/events"), 401, "authentication-required");
        assertProblem(Api.as(someone.accessToken()).get("/admin/events"), 403, "role-required");
        assertProblem(Api.as(someone.accessToken()).post("/admin/events/1/retry"), 403, "role-required");
        assertProblem(Api.as(admin.accessToken()).queryParam("state", "lost").get("/admin/events"), 400, "invalid-input")
                .body("errors.field", hasItem("state"));
        Api.as(admin.accessToken()).queryParam("state", "FAILED").get("/admin/events").then().statusCode(200); // any letter case
        assertProblem(Api.as(admin.accessToken()).queryParam("cursor", "nonsense").get("/admin/events"), 400, "invalid-input");
        // a NUL reached PostgreSQL (500)
        assertProblem(Api.as(admin.accessToken()).queryParam("subscriber", "mails\u0000").get("/admin/events"), 400, "invalid-input")
                .body("errors.field", hasItem("subscriber"));
        // a misspelt subscriber listed nothing, as if nothing had failed
        assertProblem(Api.as(admin.accessToken()).queryParam("subscriber", "notifications.bookingmails").get("/admin/events"), 400,
                "invalid-input").body("errors.field", hasItem("subscriber")).body("errors[0].message", containsString(MAILS));
        assertProblem(Api.as(admin.accessToken()).post("/admin/events/not-a-number/retry"), 404, "delivery-not-found");
        assertProblem(Api.as(admin.accessToken()).post("/admin/events/999999999/retry"), 404, "delivery-not-found");
    }

    @Test
    void deliveriesArePagedNewestFirst() {
        String booking = StayFixtures.confirmed(TestUser.register("Paged Guest"), StayFixtures.listingOf(host));
        Eventually.until("the booking's deliveries delivered", () -> EventRows.open(booking) == 0);

        JsonPath first = Api.as(admin.accessToken()).queryParam("state", "delivered").queryParam("limit", 2).get("/admin/events")
                .then().statusCode(200).body("items.size()", equalTo(2)).body("nextCursor", notNullValue())
                .body("items[0].handledBy", containsString(":")).extract().jsonPath();
        List<Long> firstIds = first.getList("items.id", Long.class);
        List<Long> nextIds = Api.as(admin.accessToken()).queryParam("state", "delivered").queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor")).get("/admin/events").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);

        assertTrue(firstIds.get(0) > firstIds.get(1), "newest first: " + firstIds);
        assertTrue(nextIds.stream().allMatch(id -> id < firstIds.get(1)), "the next page goes on where the first ended: " + nextIds);
    }

    /** The booking's deliveries to the mails' subscriber in the state, as the administrators' list shows them. */
    private static List<Map<String, Object>> deliveriesOf(String booking, String state) {
        JsonPath page = Api.as(admin.accessToken()).queryParam("state", state).queryParam("subscriber", MAILS)
                .queryParam("limit", 100).get("/admin/events").then().statusCode(200).extract().jsonPath();
        return page.getList("items.findAll { it.aggregateId == '" + booking + "' }");
    }

    /** staybook_events_parked of the mails' subscriber, as the operator's scraper reads it. */
    private static double parkedMetric() {
        String metrics = Metrics.scrape();
        Matcher gauge = Pattern.compile("(?m)^staybook_events_parked\\{[^}]*subscriber=\"" + Pattern.quote(MAILS) + "\"[^}]*} (\\S+)$")
                .matcher(metrics);
        assertTrue(gauge.find(), "staybook_events_parked of " + MAILS + " on /metrics");
        return Double.parseDouble(gauge.group(1));
    }

    private static Map<String, Object> single(List<Map<String, Object>> deliveries) {
        assertEquals(1, deliveries.size(), "" + deliveries);
        return deliveries.get(0);
    }
}
