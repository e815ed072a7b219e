package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Double booking is impossible: many guests booking overlapping stays of one listing at the same moment
 * get one booking per night at most. Each attempt is a different guest's, so nothing but the dates
 * competes; every answer is 201 or 409, never a server error, and the database agrees with the answers.
 */
@SystemTest
class DoubleBookingIT {

    private static final int ATTEMPTS = 40;

    /** HTTP/1.1: one connection per client, as separate guests would have (HTTP/2 would multiplex them on one). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static ExecutorService clients;
    private static TestUser host;
    private static List<TestUser> guests;

    /** One guest's attempt at a stay, and the server's answer. */
    private record Attempt(TestUser guest, LocalDate checkIn, LocalDate checkOut) {

        boolean overlaps(Attempt other) {
            return checkIn.isBefore(other.checkOut) && other.checkIn.isBefore(checkOut);
        }

        @Override
        public String toString() {
            return guest.name() + " " + checkIn + ".." + checkOut;
        }
    }

    private record Outcome(Attempt attempt, int status, String body) {

        String code() {
            return status == 201 ? null : JsonPath.from(body).getString("code");
        }
    }

    @BeforeAll
    static void guests() throws Exception {
        clients = Executors.newFixedThreadPool(ATTEMPTS);
        host = TestUser.register("Double Host").asHost();
        ExecutorService registering = Executors.newFixedThreadPool(4);
        try {
            List<Future<TestUser>> registered = IntStream.range(0, ATTEMPTS)
                    .mapToObj(i -> registering.submit(() -> TestUser.register("Double Guest " + i))).toList();
            guests = new ArrayList<>();
            for (Future<TestUser> guest : registered) {
                guests.add(guest.get());
            }
        } finally {
            registering.shutdownNow();
        }
    }

    @AfterAll
    static void stopClients() {
        clients.shutdownNow();
    }

    /**
     * Around a four-night core: identical stays, stays shifted by a night or more, stays nested inside
     * others and stays around them, and stays far from the rest, which nothing contests.
     */
    private static List<Attempt> overlappingMix(LocalDate core) {
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            attempts.add(new Attempt(guests.get(i), core, core.plusDays(4)));
        }
        for (int i = 0; i < 10; i++) {
            LocalDate checkIn = core.plusDays(i - 5L);
            attempts.add(new Attempt(guests.get(10 + i), checkIn, checkIn.plusDays(3)));
        }
        for (int i = 0; i < 10; i++) {
            attempts.add(i % 2 == 0
                    ? new Attempt(guests.get(20 + i), core.plusDays(i / 2 % 4), core.plusDays(i / 2 % 4 + 1))
                    : new Attempt(guests.get(20 + i), core.minusDays(i / 2 + 1), core.plusDays(4 + i / 2 + 1)));
        }
        for (int i = 0; i < 10; i++) {
            LocalDate checkIn = core.plusDays(20 + 2L * i);
            attempts.add(new Attempt(guests.get(30 + i), checkIn, checkIn.plusDays(1)));
        }
        return attempts;
    }

    @Test
    void overlappingAttemptsAtTheSameMomentNeverShareANight() throws Exception {
        String listingId = Stays.instantBookListing(host, "Double");
        List<Attempt> attempts = overlappingMix(parisDay(30));

        List<Outcome> outcomes = allAtOnce(listingId, attempts);

        assertOnlyCreatedOrDatesUnavailable(outcomes);
        List<Attempt> won = outcomes.stream().filter(o -> o.status() == 201).map(Outcome::attempt).toList();
        for (int i = 0; i < won.size(); i++) {
            for (int j = i + 1; j < won.size(); j++) {
                assertTrue(!won.get(i).overlaps(won.get(j)), "both booked: " + won.get(i) + " and " + won.get(j));
            }
        }
        assertTrue(won.containsAll(attempts.subList(30, 40)), "stays nobody contests are all booked");
        assertTrue(won.size() > 10, "some contested stay was booked");
        assertEquals(0, BookingRows.overlappingActivePairs(listingId));
        assertEquals(won.size(), BookingRows.activeBookings(listingId));
        Eventually.until("every booked stay confirmed", Duration.ofSeconds(30),
                () -> BookingRows.bookingsWithStatus(listingId, "CONFIRMED"), confirmed -> confirmed == won.size());
    }

    @Test
    void ofIdenticalAttemptsAtTheSameMomentExactlyOneWins() throws Exception {
        String listingId = Stays.instantBookListing(host, "Double Identical");
        LocalDate checkIn = parisDay(60);
        List<Attempt> attempts = guests.subList(0, 20).stream().map(g -> new Attempt(g, checkIn, checkIn.plusDays(2))).toList();

        List<Outcome> outcomes = allAtOnce(listingId, attempts);

        assertOnlyCreatedOrDatesUnavailable(outcomes);
        assertEquals(1, outcomes.stream().filter(o -> o.status() == 201).count());
        assertEquals(1, BookingRows.activeBookings(listingId));
    }

    private static void assertOnlyCreatedOrDatesUnavailable(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            assertTrue(outcome.status() == 201 || outcome.status() == 409 && "dates-unavailable".equals(outcome.code()),
                    () -> "unexpected answer to " + outcome.attempt() + ": " + outcome.status() + " " + outcome.body());
        }
    }

    /** Sends every attempt from its own thread, all released at once, and collects the answers. */
    private static List<Outcome> allAtOnce(String listingId, List<Attempt> attempts) throws Exception {
        CountDownLatch ready = new CountDownLatch(attempts.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> answers = attempts.stream().map(attempt -> clients.submit(() -> {
            HttpRequest request = bookingRequest(listingId, attempt);
            ready.countDown();
            go.await();
            return send(request, attempt);
        })).toList();
        ready.await();
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> answer : answers) {
            outcomes.add(answer.get());
        }
        return outcomes;
    }

    private static HttpRequest bookingRequest(String listingId, Attempt attempt) {
        return HttpRequest.newBuilder(URI.create(Api.BASE_URL + Api.API + "/bookings"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + attempt.guest().accessToken())
                .header("X-Forwarded-For", Api.randomClientAddress())
                .POST(HttpRequest.BodyPublishers.ofString(Stays.stay(listingId, attempt.checkIn(), attempt.checkOut(), Bookings.GUESTS)))
                .build();
    }

    private static Outcome send(HttpRequest request, Attempt attempt) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Outcome(attempt, response.statusCode(), response.body());
    }
}
