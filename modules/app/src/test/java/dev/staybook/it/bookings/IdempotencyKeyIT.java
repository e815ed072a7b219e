package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestDatabase;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POST /bookings: a retried request gets the booking it made; a key stands for one request. */
@SystemTest
class IdempotencyKeyIT {

    private static TestUser guest;
    private static String listingId;

    @BeforeAll
    static void listing() {
        TestUser host = TestUser.register("Idempotent Host").asHost();
        guest = TestUser.register("Idempotent Guest");
        listingId = Stays.instantBookListing(host, "Idempotent");
    }

    private static Response book(String key, LocalDate checkIn, LocalDate checkOut) {
        return Api.as(guest.accessToken()).header("Idempotency-Key", key)
                .body(Stays.stay(listingId, checkIn, checkOut, Bookings.GUESTS)).post("/bookings");
    }

    @Test
    void theSameKeyAndBodyAnswerWithTheSameBooking() {
        String key = UUID.randomUUID().toString();
        String id = book(key, parisDay(10), parisDay(12)).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract().path("id");

        book(key, parisDay(10), parisDay(12)).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(Api.BASE_URL + Api.API + "/bookings/" + id))
                .body("id", equalTo(id));
        assertEquals(1, bookingsStartingOn(parisDay(10)));
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        book(key, parisDay(20), parisDay(22)).then().statusCode(201);

        assertProblem(book(key, parisDay(20), parisDay(23)), 422, "idempotency-key-reused");
        assertEquals(0, bookingsStartingOn(parisDay(23)) + bookingsEndingOn(parisDay(23)));
    }

    @Test
    void keysAreCheckedBeforeAnythingElse() {
        String key = UUID.randomUUID().toString();
        String id = book(key, parisDay(30), parisDay(32)).then().statusCode(201).extract().path("id");
        Bookings.awaitStatus(guest, id, "CONFIRMED");

        // the dates are now taken, by this very booking: the retry still gets it
        book(key, parisDay(30), parisDay(32)).then().statusCode(201).body("id", equalTo(id)).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void refusesKeysThatAreNotPrintableAscii() {
        for (String key : new String[] {"a key with spaces", "k".repeat(256)}) {
            // named as the client sent it, with the rule in words
            assertProblem(book(key, parisDay(40), parisDay(42)), 400, "invalid-input")
                    .body("errors.field", equalTo(List.of("Idempotency-Key")))
                    .body("errors.message", equalTo(List.of("must be 1 to 255 visible ASCII characters")));
        }
    }

    @Test
    void concurrentRequestsWithOneKeyAnswerWithOneBooking() throws Exception {
        for (int round = 0; round < 5; round++) {
            LocalDate checkIn = parisDay(50 + 3 * round);
            String key = UUID.randomUUID().toString();
            List<Response> answers = simultaneously(2, () -> book(key, checkIn, checkIn.plusDays(2)));

            assertEquals(List.of(201, 201), answers.stream().map(Response::statusCode).toList(),
                    "round " + round + ": " + answers.stream().map(Response::asString).toList());
            Set<String> ids = answers.stream().map(r -> r.<String>path("id")).collect(Collectors.toSet());
            assertEquals(1, ids.size(), "both answers name one booking");
            assertEquals(1, bookingsStartingOn(checkIn));
        }
    }

    private static List<Response> simultaneously(int requests, java.util.function.Supplier<Response> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<CompletableFuture<Response>> calls = IntStream.range(0, requests)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitTogether(start);
                        return request.get();
                    }, pool)).toList();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitTogether(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int bookingsStartingOn(LocalDate checkIn) {
        return count("check_in", checkIn);
    }

    private static int bookingsEndingOn(LocalDate checkOut) {
        return count("check_out", checkOut);
    }

    private static int count(String column, LocalDate date) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select count(*) from bookings.bookings where guest_id = ?::uuid and listing_id = ?::uuid and " + column + " = ?")) {
            query.setString(1, guest.id());
            query.setString(2, listingId);
            query.setObject(3, date);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
