package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.it.bookings.BookingRows.Deadline;
import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The time-driven transitions, run on demand by the administrator's deadline sweep after a test has
 * moved the deadline into the past: unpaid holds and unanswered requests expire, confirmed stays check
 * in and complete, and the history says who did what.
 */
@SystemTest
class DeadlinesIT {

    private static TestUser administrator;
    private static TestUser host;
    private static TestUser guest;
    private static String instantBook;
    private static String requestToBook;
    /** Three nights here cost 3751.00: the simulated gateway waits for the guest, who never acts. */
    private static String guestActionListing;

    @BeforeAll
    static void listings() {
        administrator = TestUser.administrator();
        host = TestUser.register("Deadline Host").asHost();
        guest = TestUser.register("Deadline Guest");
        instantBook = Stays.instantBookListing(host, "Deadline");
        requestToBook = Stays.requestToBookListing(host, "Deadline Request");
        guestActionListing = Stays.listingPricedAt(host, "Deadline Unpaid", "1000.00");
    }

    @Test
    void anUnpaidHoldExpiresAndReleasesItsNightsAndPayment() {
        LocalDate checkIn = parisDay(10);
        String id = Bookings.placed(guest, guestActionListing, checkIn, checkIn.plusDays(3));
        Bookings.awaitPayment(guest, id, "AUTHORIZING");
        Bookings.awaitNights(guestActionListing, checkIn, checkIn.plusDays(3), "BOOKED");

        BookingRows.passed(id, Deadline.PAYMENT_DUE);
        Bookings.runDeadlineSweep(administrator);

        JsonPath expired = Bookings.view(guest, id);
        assertEquals("EXPIRED", expired.getString("status"));
        assertNull(expired.get("paymentDueAt"));
        assertEquals(List.of("PENDING_PAYMENT", "EXPIRED"), expired.getList("history.to"));
        assertEquals(List.of("GUEST", "SYSTEM"), expired.getList("history.by"));
        assertEquals("the payment was not completed in time", expired.getString("history[1].reason"));
        assertEquals(List.of("AUTHORIZE ACTION_REQUIRED", "VOID SUCCEEDED"), Bookings.attempts(Bookings.awaitPayment(guest, id, "VOIDED")));
        Bookings.awaitNights(guestActionListing, checkIn, checkIn.plusDays(3), "AVAILABLE");
    }

    @Test
    void anUnansweredRequestExpiresAndTheHostCanNoLongerAccept() {
        String id = Bookings.placed(guest, requestToBook, parisDay(10), parisDay(13));
        Bookings.awaitStatus(guest, id, "REQUESTED");

        BookingRows.passed(id, Deadline.RESPOND_BY);
        assertProblem(Api.as(host.accessToken()).post("/bookings/" + id + "/accept"), 409, "response-too-late"); // before the sweep
        Bookings.runDeadlineSweep(administrator);

        JsonPath expired = Bookings.view(host, id);
        assertEquals("EXPIRED", expired.getString("status"));
        assertNull(expired.get("respondBy"));
        assertEquals(List.of("PENDING_PAYMENT", "REQUESTED", "EXPIRED"), expired.getList("history.to"));
        assertEquals(Arrays.asList(null, "PENDING_PAYMENT", "REQUESTED"), expired.getList("history.from"));
        assertEquals(List.of("GUEST", "SYSTEM", "SYSTEM"), expired.getList("history.by"));
        assertEquals("the host did not answer in time", expired.getString("history[2].reason"));
        assertEquals(List.of("AUTHORIZE SUCCEEDED", "VOID SUCCEEDED"), Bookings.attempts(Bookings.awaitPayment(guest, id, "VOIDED")));
        assertProblem(Api.as(host.accessToken()).post("/bookings/" + id + "/accept"), 409, "illegal-transition");
    }

    @Test
    void deadlinesStillAheadLeaveBookingsAsTheyAre() {
        String unpaid = Bookings.placed(guest, guestActionListing, parisDay(20), parisDay(23));
        Bookings.awaitPayment(guest, unpaid, "AUTHORIZING");
        String requested = Bookings.placed(guest, requestToBook, parisDay(20), parisDay(23));
        Bookings.awaitStatus(guest, requested, "REQUESTED");
        String confirmed = Bookings.confirmed(guest, instantBook, parisDay(20), parisDay(23));

        Bookings.runDeadlineSweep(administrator);

        assertEquals("PENDING_PAYMENT", Bookings.view(guest, unpaid).getString("status"));
        assertEquals("REQUESTED", Bookings.view(guest, requested).getString("status"));
        assertEquals("CONFIRMED", Bookings.view(guest, confirmed).getString("status"));
    }

    @Test
    void aConfirmedStayChecksInThenCompletesAndThePayoutBecomesPayable() {
        String id = Bookings.confirmed(guest, instantBook, parisDay(30), parisDay(33));
        Bookings.awaitPayment(guest, id, "CAPTURED");

        BookingRows.passed(id, Deadline.CHECK_IN);
        Bookings.runDeadlineSweep(administrator);
        assertEquals("CHECKED_IN", Bookings.view(guest, id).getString("status"));
        assertProblem(Api.as(guest.accessToken()).body("{}").post("/bookings/" + id + "/cancel"), 409, "illegal-transition");
        assertNull(Bookings.payment(host, id).get("payableAt"), "not payable before the stay completes");

        BookingRows.passed(id, Deadline.CHECK_OUT);
        Bookings.runDeadlineSweep(administrator);

        JsonPath completed = Bookings.view(host, id);
        assertEquals("COMPLETED", completed.getString("status"));
        assertEquals(List.of("PENDING_PAYMENT", "CONFIRMED", "CHECKED_IN", "COMPLETED"), completed.getList("history.to"));
        assertEquals(List.of("GUEST", "SYSTEM", "SYSTEM", "SYSTEM"), completed.getList("history.by"));
        assertEquals(List.of("check-in time reached", "check-out time reached"),
                completed.getList("history.reason").subList(2, 4));
        JsonPath payable = Eventually.until("payout of " + id + " payable", () -> Bookings.payment(host, id),
                payment -> payment.get("payableAt") != null);
        assertNotNull(Instant.parse(payable.getString("payableAt")));
        assertEquals("315.25", payable.getString("hostPayout.amount"));
        assertNull(Bookings.payment(guest, id).get("payableAt"), "the payout is the host's business");
    }

    @Test
    void theHistoryRecordsWhoMadeEachChangeInOrder() {
        String id = Bookings.placed(guest, requestToBook, parisDay(40), parisDay(43));
        Bookings.awaitStatus(guest, id, "REQUESTED");
        Api.as(host.accessToken()).post("/bookings/" + id + "/accept").then().statusCode(200);
        Bookings.cancel(guest, id, "Found a place closer to the sea");

        JsonPath booking = Bookings.view(host, id);
        assertEquals(List.of("PENDING_PAYMENT", "REQUESTED", "CONFIRMED", "CANCELLED_BY_GUEST"), booking.getList("history.to"));
        assertEquals(List.of("GUEST", "SYSTEM", "HOST", "GUEST"), booking.getList("history.by"));
        assertEquals("Found a place closer to the sea", booking.getString("history[3].reason"));
        List<Instant> times = booking.getList("history.at", String.class).stream().map(Instant::parse).toList();
        assertEquals(times.stream().sorted().toList(), times, "in the order they happened");
    }
}
