package dev.staybook.it.bookings;

import static dev.staybook.it.bookings.Stays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the payment decides for a booking. The test server's simulated gateway declines authorizations
 * above 5000 and makes the guest act (3-D Secure) above 3000, after which only its signed webhook says
 * how it went. Three nights at 2000.00 cost 7471.00; at 1000.00, 3751.00.
 */
@SystemTest
class PaymentOutcomeIT {

    private static TestUser guest;
    private static String declinedListing;
    private static String guestActionListing;

    @BeforeAll
    static void listings() {
        TestUser host = TestUser.register("Payment Host").asHost();
        guest = TestUser.register("Payment Guest");
        declinedListing = Stays.listingPricedAt(host, "Payment Declined", "2000.00");
        guestActionListing = Stays.listingPricedAt(host, "Payment Action", "1000.00");
    }

    /** Books at the listing whose payments need the guest, and waits until the gateway asked for them. */
    private static String waitingForTheGuest(LocalDate checkIn) {
        String id = Bookings.placed(guest, guestActionListing, checkIn, checkIn.plusDays(3));
        JsonPath payment = Bookings.awaitPayment(guest, id, "AUTHORIZING");
        assertEquals(List.of("AUTHORIZE ACTION_REQUIRED"), Bookings.attempts(payment));
        assertNotNull(payment.getString("clientSecret"), "the guest gets what they need to complete the payment");
        return id;
    }

    @Test
    void aDeclinedPaymentExpiresTheBookingAndFreesItsNights() {
        LocalDate checkIn = parisDay(10);
        String id = Bookings.placed(guest, declinedListing, checkIn, checkIn.plusDays(3));

        JsonPath expired = Bookings.awaitStatus(guest, id, "EXPIRED");
        assertEquals("7471.00", expired.getString("total.amount"));
        assertEquals(List.of("PENDING_PAYMENT", "EXPIRED"), expired.getList("history.to"));
        assertEquals("SYSTEM", expired.getString("history[1].by"));
        assertEquals("payment failed: card_declined", expired.getString("history[1].reason"));

        JsonPath payment = Bookings.awaitPayment(guest, id, "FAILED");
        assertEquals("card_declined", payment.getString("failureReason"));
        assertEquals(List.of("AUTHORIZE FAILED"), Bookings.attempts(payment));
        Bookings.awaitNights(declinedListing, checkIn, checkIn.plusDays(3), "AVAILABLE");
    }

    @Test
    void aPaymentThatNeedsTheGuestWaitsForTheGatewaysSignedWebhook() {
        String id = waitingForTheGuest(parisDay(20));
        assertEquals("PENDING_PAYMENT", Bookings.view(guest, id).getString("status"), "nothing was authorized yet");

        SimulatedGatewayWebhook.sendSigned(SimulatedGatewayWebhook.authorizationSucceeded(BookingRows.gatewayReference(id)))
                .then().statusCode(200).body("result", equalTo("applied"));

        JsonPath confirmed = Bookings.awaitStatus(guest, id, "CONFIRMED");
        assertEquals("3751.00", confirmed.getString("total.amount"));
        assertEquals(List.of("AUTHORIZE ACTION_REQUIRED", "CAPTURE SUCCEEDED"), Bookings.attempts(Bookings.awaitPayment(guest, id, "CAPTURED")));
    }

    @Test
    void aReplayedWebhookIsAcknowledgedAsADuplicateAndChangesNothing() {
        String id = waitingForTheGuest(parisDay(30));
        String event = SimulatedGatewayWebhook.authorizationSucceeded(BookingRows.gatewayReference(id));
        String signature = SimulatedGatewayWebhook.signature(event, SimulatedGatewayWebhook.SECRET, Instant.now());
        SimulatedGatewayWebhook.send(event, signature).then().statusCode(200).body("result", equalTo("applied"));
        Bookings.awaitStatus(guest, id, "CONFIRMED");
        JsonPath paymentBefore = Bookings.awaitPayment(guest, id, "CAPTURED");
        JsonPath bookingBefore = Bookings.view(guest, id);

        SimulatedGatewayWebhook.send(event, signature).then().statusCode(200).body("result", equalTo("duplicate"));

        assertEquals(bookingBefore.getList("history"), Bookings.view(guest, id).getList("history"));
        JsonPath paymentAfter = Bookings.payment(guest, id);
        assertEquals(paymentBefore.getString("status"), paymentAfter.getString("status"));
        assertEquals(paymentBefore.getList("attempts"), paymentAfter.getList("attempts"));
    }

    @Test
    void badlySignedWebhooksAreRefusedAndLeaveNoTrace() {
        String id = waitingForTheGuest(parisDay(40));
        String event = SimulatedGatewayWebhook.authorizationSucceeded(BookingRows.gatewayReference(id));
        String otherEvent = SimulatedGatewayWebhook.authorizationSucceeded("sim_pi_someone_else");
        Instant now = Instant.now();

        for (String badSignature : List.of(
                SimulatedGatewayWebhook.signature(event, "whsec_not_the_secret", now),
                SimulatedGatewayWebhook.signature(otherEvent, SimulatedGatewayWebhook.SECRET, now),
                SimulatedGatewayWebhook.signature(event, SimulatedGatewayWebhook.SECRET, now.minusSeconds(600)),
                "t=" + now.getEpochSecond() + ",v1=00")) {
            assertProblem(SimulatedGatewayWebhook.send(event, badSignature), 400, "invalid-input")
                    .body("errors.field", equalTo(List.of("Stripe-Signature")));
        }
        assertProblem(SimulatedGatewayWebhook.send(event, null), 400, "invalid-input");

        assertEquals("PENDING_PAYMENT", Bookings.view(guest, id).getString("status"));
        JsonPath payment = Bookings.payment(guest, id);
        assertEquals("AUTHORIZING", payment.getString("status"));
        assertEquals(List.of("AUTHORIZE ACTION_REQUIRED"), Bookings.attempts(payment));
        // the refused calls were not even recorded: the same event, correctly signed, is new
        SimulatedGatewayWebhook.sendSigned(event).then().statusCode(200).body("result", equalTo("applied"));
        Bookings.awaitStatus(guest, id, "CONFIRMED");
    }

    @Test
    void aPaymentTheGuestsBankRefusesExpiresTheBooking() {
        String id = waitingForTheGuest(parisDay(50));

        SimulatedGatewayWebhook.sendSigned(SimulatedGatewayWebhook.paymentFailed(BookingRows.gatewayReference(id)))
                .then().statusCode(200).body("result", equalTo("applied"));

        JsonPath expired = Bookings.awaitStatus(guest, id, "EXPIRED");
        assertEquals("payment failed: card_declined", expired.getString("history[1].reason"));
        assertEquals("card_declined", Bookings.awaitPayment(guest, id, "FAILED").getString("failureReason"));
    }

    @Test
    void webhooksOfUnknownProvidersAreNotFound() {
        String event = SimulatedGatewayWebhook.authorizationSucceeded("sim_pi_unknown");
        assertProblem(Api.anonymous().body(event)
                .header("Stripe-Signature", SimulatedGatewayWebhook.signature(event, SimulatedGatewayWebhook.SECRET, Instant.now()))
                .post("/payments/webhooks/acme"), 404, "unknown-webhook-provider");
    }
}
