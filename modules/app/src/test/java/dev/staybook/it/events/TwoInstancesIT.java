package dev.staybook.it.events;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SecondServer;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestDatabase;
import dev.staybook.it.support.TestUser;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances against one database and one Redis. One is killed while deliveries are in flight (held
 * inside their transactions by a lock the test takes); the other finishes them and the killed one, restarted,
 * takes its share again. Every event reaches every subscriber exactly once, counted by what each subscriber
 * did, and a change made through one instance drops the cached reads both serve: its own before it answers, the
 * other's when the announcement on Redis reaches it.
 */
@SystemTest
class TwoInstancesIT {

    /**
     * BookingPlaced to listings, payments, messaging and notifications; PaymentAuthorized to bookings;
     * BookingConfirmed to payments and notifications.
     */
    private static final int DELIVERIES_PER_CONFIRMED_BOOKING = 7;
    private static final int BOOKINGS_PER_ROUND = 12;

    private static SecondServer second;
    private static TestUser host;
    private static String listing;

    @BeforeAll
    static void startTheSecondInstance() {
        second = SecondServer.besideTheTestServer("staybook-it-second");
        second.start();
        host = TestUser.register("Two Instances Host").asHost();
        listing = StayFixtures.listingOf(host);
    }

    @AfterAll
    static void stopTheSecondInstance() {
        second.stop();
    }

    @Test
    void eventsInFlightWhenAnInstanceDiesReachEverySubscriberExactlyOnce() throws Exception {
        List<String> bookings = new ArrayList<>();
        try (Connection lock = TestDatabase.connect(); Statement sql = lock.createStatement()) {
            lock.setAutoCommit(false);
            // no booked nights can be recorded while the test holds this: listings' deliveries wait inside their transactions
            sql.execute("LOCK TABLE listings.booked_stays IN SHARE MODE");
            bookings.addAll(placeOnBothInstances(0));
            Eventually.until("deliveries waiting inside their transactions", TwoInstancesIT::sessionsWaitingForALock, waiting -> waiting > 0);
            second.kill();
            lock.rollback();
        }
        second.start();
        bookings.addAll(placeOnBothInstances(BOOKINGS_PER_ROUND));

        for (String booking : bookings) {
            Eventually.until("every delivery of booking " + booking + " delivered", () -> EventRows.open(booking), open -> open == 0);
        }
        for (String booking : bookings) {
            assertDeliveredOnce(booking);
        }
        assertTrue(StayFixtures.count("SELECT count(DISTINCT handled_by) FROM outbox.deliveries WHERE aggregate_id = ANY (?::uuid[])",
                (Object) bookings.toArray(String[]::new)) >= 2, "both instances delivered");
    }

    @Test
    void aChangeThroughOneInstanceDropsTheCachedReadsOfBoth() {
        String id = ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("TwoCaches"), 45.7, 4.8));
        for (RequestSpecification instance : List.of(Api.anonymous(), at(second))) {
            instance.get("/listings/" + id);
        }
        at(second).get("/listings/" + id).then().statusCode(200).header("X-Cache", "HIT");

        Api.as(host.accessToken()).contentType("application/merge-patch+json").body(Json.of("title", "Renamed on the first"))
                .patch("/listings/" + id).then().statusCode(200);

        Api.anonymous().get("/listings/" + id).then().statusCode(200).header("X-Cache", "MISS")
                .body("title", equalTo("Renamed on the first"));
        // the second instance drops its copy in memory when the announcement on Redis reaches it
        Eventually.until("the second instance serves the change", () -> at(second).get("/listings/" + id).then().statusCode(200)
                .extract().<String>path("title"), "Renamed on the first"::equals);
    }

    private static void assertDeliveredOnce(String booking) {
        String confirmed = EventRows.eventId(booking, "BookingConfirmed");
        assertAll("booking " + booking,
                () -> assertEquals(DELIVERIES_PER_CONFIRMED_BOOKING, count("SELECT count(*) FROM outbox.deliveries WHERE aggregate_id = ?::uuid"
                        + " AND state = 'DELIVERED'", booking)),
                () -> assertEquals(1, count("SELECT count(*) FROM listings.booked_stays WHERE booking_id = ?::uuid", booking)),
                () -> assertEquals(1, count("SELECT count(*) FROM messaging.booking_parties WHERE booking_id = ?::uuid", booking)),
                () -> assertEquals(1, count("SELECT count(*) FROM notifications.bookings WHERE booking_id = ?::uuid", booking)),
                () -> assertEquals(1, count("SELECT count(*) FROM payments.ledger_transactions WHERE booking_id = ?::uuid"
                        + " AND kind = 'CAPTURE'", booking), "captured once"),
                () -> assertEquals(1, count("SELECT count(*) FROM bookings.booking_transitions WHERE booking_id = ?::uuid"
                        + " AND to_status = 'CONFIRMED'", booking), "confirmed once"),
                () -> assertEquals(2, count("SELECT count(*) FROM notifications.mails WHERE source LIKE ?", confirmed + ":%"),
                        "one confirmation mail to the guest and one to the host"));
    }

    /** Bookings of the listing on distinct dates, from several clients at once, half through each instance; returns their ids. */
    private static List<String> placeOnBothInstances(int round) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> placed = IntStream.range(round, round + BOOKINGS_PER_ROUND).mapToObj(n -> clients.submit(() -> {
                TestUser guest = TestUser.register("Two Instances Guest " + n);
                LocalDate checkIn = LocalDate.now().plusDays(30 + 3L * n);
                RequestSpecification instance = n % 2 == 0 ? Api.as(guest.accessToken()) : at(second).auth().oauth2(guest.accessToken());
                return instance.body(Json.of("listingId", listing, "checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(2).toString(),
                        "guests", 2)).post("/bookings").then().statusCode(201).extract().<String>path("id");
            })).toList();
            List<String> ids = new ArrayList<>();
            for (Future<String> booking : placed) {
                ids.add(booking.get());
            }
            return ids;
        } finally {
            clients.shutdown();
        }
    }

    private static RequestSpecification at(SecondServer server) {
        return RestAssured.given().baseUri(server.baseUrl()).basePath(Api.API).contentType(ContentType.JSON)
                .header("X-Forwarded-For", Api.randomClientAddress());
    }

    private static long sessionsWaitingForALock() {
        return count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
    }

    private static long count(String sql, Object... values) {
        return StayFixtures.count(sql, values);
    }
}
