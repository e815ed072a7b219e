package dev.staybook.it.payments;

import static dev.staybook.it.payments.PaidStays.attempts;
import static dev.staybook.it.payments.PaidStays.parisDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A booking's money through the simulated gateway, as guest and host see it in
 * {@code GET /bookings/{id}/payments}, and as the double-entry ledger records it: each flow's ledger
 * transactions net, account by account, to exactly what the money flow implies.
 */
@SystemTest
class PaymentLifecycleIT {

    private static TestUser host;
    private static TestUser guest;
    private static String instantBook;
    private static String requestToBook;

    @BeforeAll
    static void listings() {
        host = TestUser.register("Lifecycle Host").asHost();
        guest = TestUser.register("Lifecycle Guest");
        instantBook = PaidStays.instantBookListing(host);
        requestToBook = PaidStays.requestToBookListing(host);
    }

    @AfterAll
    static void everyLedgerTransactionBalances() {
        assertEquals(0, PaymentRows.unbalancedTransactions(), "ledger transactions whose debits and credits differ");
    }

    @Test
    void anInstantBookingIsAuthorizedThenCaptured() {
        String id = PaidStays.confirmed(guest, instantBook, parisDay(30));

        JsonPath captured = PaidStays.awaitPayment(guest, id, "CAPTURED");
        assertEquals(List.of("AUTHORIZE SUCCEEDED 403.00", "CAPTURE SUCCEEDED 403.00"), attempts(captured));
        assertEquals("403.00", captured.getString("captured.amount"));
        assertEquals("0.00", captured.getString("refunded.amount"));
        assertNull(captured.get("hostPayout"), "the guest does not see the host's payout");
        assertEquals("315.25", PaidStays.payment(host, id).getString("hostPayout.amount"));

        assertEquals(List.of("CAPTURE"), PaymentRows.transactionKindsOfBooking(id));
        assertEquals(Map.of("GUEST_PAYMENTS", "403.00", "HOST_PAYABLE", "-315.25", "TAXES_PAYABLE", "-32.50",
                "PLATFORM_FEES", "-55.25"), PaymentRows.accountTotalsOfBooking(id));
    }

    @Test
    void aDeclinedRequestReleasesTheAuthorization() {
        String id = PaidStays.place(guest, requestToBook, parisDay(40));
        PaidStays.awaitBooking(guest, id, "REQUESTED");
        PaidStays.awaitPayment(guest, id, "AUTHORIZED");

        Api.as(host.accessToken()).body(Json.of("reason", "Not these dates")).post("/bookings/" + id + "/decline")
                .then().statusCode(200);

        JsonPath voided = PaidStays.awaitPayment(guest, id, "VOIDED");
        assertEquals(List.of("AUTHORIZE SUCCEEDED 403.00", "VOID SUCCEEDED"), attempts(voided));
        assertEquals("0.00", voided.getString("captured.amount"));
        assertEquals(List.of(), PaymentRows.transactionKindsOfBooking(id), "nothing was charged, nothing is in the ledger");
    }

    @Test
    void anExpiredRequestReleasesTheAuthorization() {
        String id = PaidStays.place(guest, requestToBook, parisDay(50));
        PaidStays.awaitBooking(guest, id, "REQUESTED");
        PaidStays.awaitPayment(guest, id, "AUTHORIZED");

        PaymentRows.execute("update bookings.bookings set respond_by = now() - interval '1 minute' where id = ?::uuid", id);
        PaidStays.runDeadlineSweep();

        PaidStays.awaitBooking(guest, id, "EXPIRED");
        JsonPath voided = PaidStays.awaitPayment(host, id, "VOIDED");
        assertEquals(List.of("AUTHORIZE SUCCEEDED 403.00", "VOID SUCCEEDED"), attempts(voided));
        assertEquals(List.of(), PaymentRows.transactionKindsOfBooking(id));
    }

    @Test
    void aGuestsCancellationRefundsExactlyWhatThePolicyComputed() {
        // moderate, less than 5 days ahead: half the nights, the cleaning and their taxes (150.00 + 25.00 + 17.50)
        String id = PaidStays.confirmed(guest, instantBook, parisDay(3));
        PaidStays.awaitPayment(guest, id, "CAPTURED");

        JsonPath cancelled = PaidStays.cancel(guest, id);
        String computed = cancelled.getString("refund.total.amount");
        assertEquals("192.50", computed);

        JsonPath refunded = PaidStays.awaitPayment(guest, id, "PARTIALLY_REFUNDED");
        assertEquals(computed, refunded.getString("refunded.amount"));
        assertEquals(List.of("AUTHORIZE SUCCEEDED 403.00", "CAPTURE SUCCEEDED 403.00", "REFUND SUCCEEDED " + computed),
                attempts(refunded));
        assertEquals("145.50", PaidStays.payment(host, id).getString("hostPayout.amount"), "the host keeps half the nights less 3 %");
        String checkOut = Api.as(guest.accessToken()).get("/bookings/" + id).then().statusCode(200).extract().path("checkOut");
        assertEquals(List.of(checkOut + " 00:00"), owedFrom(id), "what the host keeps is paid out as a completed stay's share is");

        assertEquals(List.of("CAPTURE", "REFUND"), PaymentRows.transactionKindsOfBooking(id));
        assertEquals(Map.of("GUEST_PAYMENTS", "403.00", "REFUNDS", "-192.50", "HOST_PAYABLE", "-145.50",
                "TAXES_PAYABLE", "-15.00", "PLATFORM_FEES", "-50.00"), PaymentRows.accountTotalsOfBooking(id));
    }

    @Test
    void aHostsCancellationRefundsEverything() {
        String id = PaidStays.confirmed(guest, instantBook, parisDay(6));
        PaidStays.awaitPayment(guest, id, "CAPTURED");

        JsonPath cancelled = PaidStays.cancel(host, id);
        assertEquals("403.00", cancelled.getString("refund.total.amount"));

        JsonPath refunded = PaidStays.awaitPayment(guest, id, "REFUNDED");
        assertEquals("403.00", refunded.getString("refunded.amount"));
        assertEquals(List.of("AUTHORIZE SUCCEEDED 403.00", "CAPTURE SUCCEEDED 403.00", "REFUND SUCCEEDED 403.00"), attempts(refunded));
        assertEquals("0.00", PaidStays.payment(host, id).getString("hostPayout.amount"));
        assertEquals(List.of(), owedFrom(id), "nothing is owed to the host");
        assertEquals(Map.of("GUEST_PAYMENTS", "403.00", "REFUNDS", "-403.00"), PaymentRows.accountTotalsOfBooking(id),
                "every share of the capture is reversed: the host, the taxes and the platform keep nothing");
    }

    @Test
    void aDeclinedChargeIsRecordedAndShownToGuestAndHost() {
        String expensive = PaidStays.listingPricedAt(host, "2000.00");
        String id = PaidStays.place(guest, expensive, parisDay(60));

        PaidStays.awaitBooking(guest, id, "EXPIRED");
        for (TestUser party : List.of(guest, host)) {
            JsonPath failed = PaidStays.awaitPayment(party, id, "FAILED");
            assertEquals("card_declined", failed.getString("failureReason"));
            assertEquals(List.of("AUTHORIZE FAILED 7471.00"), attempts(failed));
            assertEquals("0.00", failed.getString("captured.amount"));
        }
        assertEquals(List.of(), PaymentRows.transactionKindsOfBooking(id));
    }

    /** When the booking's owed host share becomes payable (UTC), if it is owed. */
    private static List<String> owedFrom(String bookingId) {
        return PaymentRows.strings("""
                select to_char(p.payable_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') from payments.payments p
                join payments.owed_shares o on o.payment_id = p.id where p.booking_id = ?::uuid""", bookingId);
    }
}
