package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a confirmed stay: the guest gets back what the booking's policy says, line by line; the host's
 * cancellation refunds everything; the payment refunds the amount and the calendar frees the nights.
 *
 * <p>Every stay here is three nights at 100.00 EUR with 25.00 cleaning: the guest paid 300.00 + 25.00
 * + 45.50 service fee + 32.50 taxes = 403.00, and the host earns 325.00 less 9.75 (3 %) = 315.25. Taxes
 * are refunded in proportion to the refunded nights and cleaning (32.50 for 325.00).
 */
@SystemTest
class CancellationIT {

    private static final List<String> EVERY_LINE = List.of("ACCOMMODATION", "CLEANING_FEE", "GUEST_SERVICE_FEE", "TAXES");
    private static final List<String> EVERY_AMOUNT = List.of("300.00", "25.00", "45.50", "32.50");
    /** The flexible listing is in a zone without daylight saving, with check-in from midnight (see flexibleDay). */
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static TestUser host;
    private static TestUser guest;
    private static String moderate;
    /** Moderate too, for the payment's view of refunds. */
    private static String refunds;
    private static String strict;
    private static String flexible;

    @BeforeAll
    static void listings() {
        host = TestUser.register("Cancellation Host").asHost();
        guest = TestUser.register("Cancellation Guest");
        moderate = Stays.instantBookListing(host, "Cancel Moderate");
        refunds = Stays.instantBookListing(host, "Cancel Refunds");
        strict = ListingFixtures.published(host, Stays.listingIn("Cancel Strict").add("cancellationPolicy", "STRICT"));
        flexible = ListingFixtures.published(host, Stays.listingIn("Cancel Flexible").add("cancellationPolicy", "FLEXIBLE")
                .add("timeZone", TOKYO.getId()).add("checkInFrom", "00:00"));
    }

    /** Check-in on this day in Tokyo begins at its midnight, so tomorrow's is always less than 24 hours away. */
    private static LocalDate flexibleDay(int days) {
        return LocalDate.now(TOKYO).plusDays(days);
    }

    private static JsonPath guestCancels(String listingId, LocalDate checkIn) {
        String id = Bookings.confirmed(guest, listingId, checkIn, checkIn.plusDays(3));
        JsonPath cancelled = Bookings.cancel(guest, id, "Plans changed");
        assertEquals("CANCELLED_BY_GUEST", cancelled.getString("status"));
        assertEquals("403.00", cancelled.getString("total.amount"));
        return cancelled;
    }

    private static void assertRefund(JsonPath cancelled, String total, List<String> kinds, List<String> amounts) {
        assertEquals(total, cancelled.getString("refund.total.amount"), "refund total");
        assertEquals(kinds, cancelled.getList("refund.lines.kind"), "refunded lines");
        assertEquals(amounts, cancelled.getList("refund.lines.amount.amount"), "refunded amounts");
    }

    /** The host's payout after the cancellation, as the host sees it. */
    private static String payoutAfter(JsonPath cancelled) {
        return Bookings.view(host, cancelled.getString("id")).getString("hostPayout.amount");
    }

    @Test
    void moderateRefundsEverythingAtLeastFiveDaysAhead() {
        JsonPath cancelled = guestCancels(moderate, parisDay(10));

        assertRefund(cancelled, "403.00", EVERY_LINE, EVERY_AMOUNT);
        assertEquals(cancelled.getString("total.amount"), cancelled.getString("refund.total.amount"));
        assertEquals("Cancelled at least 5 days before check-in: full refund.", cancelled.getString("refund.rule"));
        assertEquals("0.00", payoutAfter(cancelled));
        assertEquals(List.of("GUEST", "Plans changed"),
                List.of(cancelled.getString("history[-1].by"), cancelled.getString("history[-1].reason")));
    }

    @Test
    void moderateRefundsHalfTheNightsAndTheCleaningLater() {
        JsonPath cancelled = guestCancels(moderate, parisDay(2));

        // nights 150.00 + cleaning 25.00 = 175.00; taxes 32.50 x 175/325 = 17.50; the service fee is kept
        assertRefund(cancelled, "192.50", List.of("ACCOMMODATION", "CLEANING_FEE", "TAXES"), List.of("150.00", "25.00", "17.50"));
        // the host keeps 150.00 less its 3 % fee on it (4.50)
        assertEquals("145.50", payoutAfter(cancelled));
    }

    @Test
    void strictRefundsEverythingWithin48HoursOfBookingAtLeast14DaysAhead() {
        assertRefund(guestCancels(strict, parisDay(20)), "403.00", EVERY_LINE, EVERY_AMOUNT);
    }

    @Test
    void strictRefundsHalfTheNightsAtLeastSevenDaysAhead() {
        JsonPath cancelled = guestCancels(strict, parisDay(10));
        assertRefund(cancelled, "192.50", List.of("ACCOMMODATION", "CLEANING_FEE", "TAXES"), List.of("150.00", "25.00", "17.50"));
        assertEquals("Cancelled at least 7 days before check-in: 50% of the nights and the cleaning fee are refunded.",
                cancelled.getString("refund.rule"));
    }

    @Test
    void strictRefundsOnlyTheCleaningLater() {
        JsonPath cancelled = guestCancels(strict, parisDay(3));
        // cleaning 25.00; taxes 32.50 x 25/325 = 2.50
        assertRefund(cancelled, "27.50", List.of("CLEANING_FEE", "TAXES"), List.of("25.00", "2.50"));
        // the host keeps the nights, 300.00, less its 3 % fee on them (9.00)
        assertEquals("291.00", payoutAfter(cancelled));
    }

    @Test
    void flexibleRefundsEverythingAtLeastADayAhead() {
        assertRefund(guestCancels(flexible, flexibleDay(10)), "403.00", EVERY_LINE, EVERY_AMOUNT);
    }

    @Test
    void flexibleKeepsTheFirstNightAndTheServiceFeeWithinADay() {
        JsonPath cancelled = guestCancels(flexible, flexibleDay(1));
        // nights 200.00 (all but the first) + cleaning 25.00 = 225.00; taxes 32.50 x 225/325 = 22.50
        assertRefund(cancelled, "247.50", List.of("ACCOMMODATION", "CLEANING_FEE", "TAXES"), List.of("200.00", "25.00", "22.50"));
        assertEquals("97.00", payoutAfter(cancelled));
    }

    @Test
    void theHostsCancellationRefundsEverythingWhateverThePolicy() {
        String id = Bookings.confirmed(guest, strict, parisDay(1), parisDay(4));

        JsonPath cancelled = Bookings.cancel(host, id, "Water damage");
        assertEquals("CANCELLED_BY_HOST", cancelled.getString("status"));
        assertRefund(cancelled, "403.00", EVERY_LINE, EVERY_AMOUNT);
        assertEquals("Cancelled by the host: full refund.", cancelled.getString("refund.rule"));
        assertEquals(List.of("HOST", "Water damage"),
                List.of(cancelled.getString("history[-1].by"), cancelled.getString("history[-1].reason")));
        assertEquals("0.00", cancelled.getString("hostPayout.amount"));
    }

    @Test
    void thePaymentRefundsWhatTheCancellationComputed() {
        String full = Bookings.confirmed(guest, refunds, parisDay(20), parisDay(23));
        // check-in four days ahead at 15:00 Paris is less than five days from now: the late rule
        String late = Bookings.confirmed(guest, refunds, parisDay(4), parisDay(7));
        Bookings.cancel(guest, full, null);
        Bookings.cancel(guest, late, null);

        JsonPath refunded = Bookings.awaitPayment(guest, full, "REFUNDED");
        assertEquals(List.of("AUTHORIZE SUCCEEDED", "CAPTURE SUCCEEDED", "REFUND SUCCEEDED"), Bookings.attempts(refunded));
        assertEquals("403.00", refunded.getString("attempts[2].amount.amount"));
        assertEquals("403.00", refunded.getString("refunded.amount"));

        JsonPath partly = Bookings.awaitPayment(guest, late, "PARTIALLY_REFUNDED");
        assertEquals(List.of("AUTHORIZE SUCCEEDED", "CAPTURE SUCCEEDED", "REFUND SUCCEEDED"), Bookings.attempts(partly));
        assertEquals("192.50", partly.getString("refunded.amount"));
        assertEquals("403.00", partly.getString("captured.amount"));
        assertEquals("145.50", Bookings.payment(host, late).getString("hostPayout.amount"));
    }

    @Test
    void aBookingIsCancelledOnlyOnce() {
        String id = Bookings.confirmed(guest, moderate, parisDay(30), parisDay(33));
        Bookings.cancel(guest, id, null);

        assertProblem(Api.as(guest.accessToken()).body(Json.of("reason", "again")).post("/bookings/" + id + "/cancel"),
                409, "illegal-transition");
        assertProblem(Api.as(host.accessToken()).body("{}").post("/bookings/" + id + "/cancel"), 409, "illegal-transition");
        assertEquals("403.00", Bookings.view(guest, id).getString("refund.total.amount"));
    }

    @Test
    void theNightsAreBookedUntilTheCancellationFreesThem() {
        LocalDate checkIn = parisDay(40);
        String id = Bookings.confirmed(guest, moderate, checkIn, checkIn.plusDays(3));
        Bookings.awaitNights(moderate, checkIn, checkIn.plusDays(3), "BOOKED");

        Bookings.cancel(guest, id, null);

        Bookings.awaitNights(moderate, checkIn, checkIn.plusDays(3), "AVAILABLE");
        TestUser next = TestUser.register("Cancellation Next Guest");
        Bookings.confirmed(next, moderate, checkIn, checkIn.plusDays(3));
    }

    @Test
    void aStayThatHasBegunCannotBeCancelled() {
        String id = Bookings.confirmed(guest, moderate, parisDay(50), parisDay(53));
        BookingRows.passed(id, BookingRows.Deadline.CHECK_IN);

        assertProblem(Api.as(guest.accessToken()).body("{}").post("/bookings/" + id + "/cancel"), 409, "stay-started");
        assertProblem(Api.as(host.accessToken()).body("{}").post("/bookings/" + id + "/cancel"), 409, "stay-started");
        assertEquals("CONFIRMED", Bookings.view(guest, id).getString("status"));
    }
}
