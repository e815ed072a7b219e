package dev.staybook.it.payments;

import static dev.staybook.it.payments.PaidStays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who sees a booking's payment: its guest and its host (and administrators); anyone else gets the 404
 * of a payment that does not exist, so that booking ids cannot be probed; no token, 401.
 */
@SystemTest
class PaymentAccessIT {

    private static TestUser host;
    private static TestUser guest;
    private static String bookingId;

    @BeforeAll
    static void aCapturedBooking() {
        host = TestUser.register("Access Host").asHost();
        guest = TestUser.register("Access Guest");
        bookingId = PaidStays.confirmed(guest, PaidStays.instantBookListing(host), parisDay(30));
        PaidStays.awaitPayment(guest, bookingId, "CAPTURED");
    }

    @Test
    void theGuestSeesThePaymentWithoutTheHostsPayout() {
        JsonPath payment = PaidStays.payment(guest, bookingId);
        assertEquals(bookingId, payment.getString("bookingId"));
        assertEquals("403.00", payment.getString("amount.amount"));
        assertNull(payment.get("hostPayout"));
        assertNull(payment.get("payableAt"));
    }

    @Test
    void theHostSeesThePaymentWithTheirPayout() {
        JsonPath payment = PaidStays.payment(host, bookingId);
        assertEquals("403.00", payment.getString("captured.amount"));
        assertNotNull(payment.get("hostPayout"));
        assertNull(payment.get("clientSecret"), "what completes the guest's payment is the guest's only");
    }

    @Test
    void anotherUserOrHostGetsNotFound() {
        assertProblem(PaidStays.paymentResponse(TestUser.register("Nosy Guest"), bookingId), 404, "payment-not-found");
        assertProblem(PaidStays.paymentResponse(TestUser.register("Nosy Host").asHost(), bookingId), 404, "payment-not-found");
    }

    @Test
    void anUnknownOrMalformedBookingIsNotFound() {
        assertProblem(PaidStays.paymentResponse(guest, UUID.randomUUID().toString()), 404, "payment-not-found");
        assertProblem(PaidStays.paymentResponse(guest, "not-a-booking"), 404, "payment-not-found");
    }

    @Test
    void anonymousCallersAndBadTokensGetUnauthorized() {
        assertProblem(Api.anonymous().get("/bookings/" + bookingId + "/payments"), 401, "authentication-required");
        assertEquals(401, Api.as("not.a.token").get("/bookings/" + bookingId + "/payments").statusCode());
    }

    @Test
    void administratorsSeeEveryPayment() {
        assertEquals("CAPTURED", PaidStays.payment(PaidStays.administrator(), bookingId).getString("status"));
    }
}
