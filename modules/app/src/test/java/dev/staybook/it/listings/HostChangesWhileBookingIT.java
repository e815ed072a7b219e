package dev.staybook.it.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host's change and a guest's booking of the same listing sent at the same moment: whichever commits first, the
 * other sees it. Before the listing's booking lock, a block and a booking of the same nights both succeeded in 7 of 8
 * rounds (the block checked the calendar's copy of the booked stays, which an event fills a moment later), and an
 * archive and a booking in 3 of 5.
 */
@SystemTest
class HostChangesWhileBookingIT {

    private static final int ROUNDS = 6;
    /** HTTP/1.1: one connection per request, as a host and a guest on two devices would have. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static ExecutorService clients;
    private static TestUser host;

    @BeforeAll
    static void start() {
        clients = Executors.newFixedThreadPool(2);
        host = TestUser.register("Racing Host").asHost();
    }

    @AfterAll
    static void stop() {
        clients.shutdownNow();
    }

    @Test
    void aBlockAndABookingOfTheSameNightsNeverBothSucceed() throws Exception {
        String listing = StayFixtures.listingOf(host);
        LocalDate first = LocalDate.now().plusDays(60);
        for (int round = 0; round < ROUNDS; round++) {
            TestUser guest = TestUser.register("Racing Guest " + round);
            LocalDate checkIn = first.plusDays(3L * round);
            String nights = Json.of("from", checkIn.toString(), "to", checkIn.plusDays(2).toString(), "availability", "BLOCKED",
                    "note", "owner stay");
            List<Integer> answers = together(
                    request(guest, "POST", "/bookings", Json.of("listingId", listing, "checkIn", checkIn.toString(),
                            "checkOut", checkIn.plusDays(2).toString(), "guests", 1)),
                    request(host, "PUT", "/listings/" + listing + "/calendar", "{\"changes\":[" + nights + "]}"));
            int booking = answers.get(0);
            int block = answers.get(1);
            assertTrue(Set.of(201, 409).contains(booking) && Set.of(200, 409).contains(block), "round " + round + ": " + answers);
            assertFalse(booking == 201 && block == 200, "round " + round + ": both the booking and the block succeeded");
            assertTrue(booking == 201 || block == 200, "round " + round + ": one of them wins: " + answers);
        }
        assertEquals(0, StayFixtures.count("SELECT count(*) FROM bookings.bookings b JOIN listings.calendar_days d"
                + " ON d.listing_id = b.listing_id AND d.night >= b.check_in AND d.night < b.check_out"
                + " WHERE b.listing_id = ?::uuid AND d.blocked AND b.status IN ('PENDING_PAYMENT', 'REQUESTED', 'CONFIRMED')",
                UUID.fromString(listing)), "no night is both blocked and booked");
    }

    @Test
    void anArchiveAndABookingNeverBothSucceed() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            TestUser guest = TestUser.register("Late Guest " + round);
            String listing = StayFixtures.listingOf(host);
            LocalDate checkIn = LocalDate.now().plusDays(40);
            List<Integer> answers = together(
                    request(guest, "POST", "/bookings", Json.of("listingId", listing, "checkIn", checkIn.toString(),
                            "checkOut", checkIn.plusDays(2).toString(), "guests", 1)),
                    request(host, "DELETE", "/listings/" + listing, null));
            int booking = answers.get(0);
            int archive = answers.get(1);
            assertTrue(Set.of(201, 404).contains(booking) && Set.of(204, 409).contains(archive), "round " + round + ": " + answers);
            assertFalse(booking == 201 && archive == 204, "round " + round + ": a booking of an archived listing");
        }
    }

    private static HttpRequest request(TestUser user, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE_URL + Api.API + path))
                .header("Authorization", "Bearer " + user.accessToken())
                .header("X-Forwarded-For", Api.randomClientAddress())
                .timeout(Duration.ofSeconds(30));
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Sends the requests at the same moment; their statuses, in order. */
    private static List<Integer> together(HttpRequest... requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> sent = Arrays.stream(requests).map(request -> clients.submit(() -> {
            start.await();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        })).toList();
        start.countDown();
        return sent.stream().map(HostChangesWhileBookingIT::statusOf).toList();
    }

    private static int statusOf(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
