package dev.staybook.it.payments;

import static dev.staybook.it.payments.PaidStays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stripe's webhook: applied once when correctly signed, acknowledged and ignored when replayed, refused
 * with 400 when badly signed or older than Stripe's five-minute tolerance. The test server has no Stripe
 * key, so each test books at a price where the simulated gateway waits for the guest (3751.00) and then
 * hands that waiting payment to Stripe in the database, as if it had been started there.
 */
@SystemTest
class StripeWebhookIT {

    private static TestUser guest;
    private static String listing;

    @BeforeAll
    static void listing() {
        TestUser host = TestUser.register("Stripe Host").asHost();
        guest = TestUser.register("Stripe Guest");
        listing = PaidStays.listingPricedAt(host, "1000.00");
    }

    /** A booking whose payment waits at "Stripe" for the guest; returns its payment intent id. */
    private static String waitingAtStripe(String bookingId) {
        PaidStays.awaitPayment(guest, bookingId, "AUTHORIZING");
        String intent = "pi_" + bookingId.replace("-", "");
        PaymentRows.execute("update payments.payments set gateway = 'stripe', gateway_reference = ? where booking_id = ?::uuid",
                intent, bookingId);
        return intent;
    }

    private static long recorded(String event) {
        return PaymentRows.number("select count(*) from payments.webhook_events where provider = 'stripe' and event_id = ?",
                StripeEvents.eventId(event));
    }

    @Test
    void aSignedEventIsAppliedOnceAndItsReplayChangesNothing() {
        String id = PaidStays.place(guest, listing, parisDay(20));
        String event = StripeEvents.paymentFailed(waitingAtStripe(id));

        StripeEvents.sendSigned(event).then().statusCode(200).body("result", equalTo("applied"));
        PaidStays.awaitBooking(guest, id, "EXPIRED");
        String paymentBefore = PaidStays.awaitPayment(guest, id, "FAILED").prettify();
        assertEquals("card_declined", PaidStays.payment(guest, id).getString("failureReason"));
        List<Object> historyBefore = PaidStays.awaitBooking(guest, id, "EXPIRED").getList("history");

        StripeEvents.sendSigned(event).then().statusCode(200).body("result", equalTo("duplicate"));
        StripeEvents.send(event, StripeEvents.signature(event, StripeEvents.SECRET, Instant.now().minusSeconds(60)))
                .then().statusCode(200).body("result", equalTo("duplicate"));

        assertEquals(paymentBefore, PaidStays.payment(guest, id).prettify());
        assertEquals(historyBefore, PaidStays.awaitBooking(guest, id, "EXPIRED").getList("history"));
        assertEquals(1, recorded(event));
    }

    @Test
    void aBadlySignedEventIsRefusedAndChangesNothing() {
        String id = PaidStays.place(guest, listing, parisDay(30));
        String intent = waitingAtStripe(id);
        String event = StripeEvents.paymentFailed(intent);
        Instant now = Instant.now();

        for (String badSignature : List.of(
                StripeEvents.signature(event, "whsec_not_the_secret", now),
                StripeEvents.signature(StripeEvents.paymentFailed(intent), StripeEvents.SECRET, now),
                "t=" + now.getEpochSecond() + ",v1=" + "0".repeat(64),
                "not a signature")) {
            assertProblem(StripeEvents.send(event, badSignature), 400, "invalid-input")
                    .body("errors.field", equalTo(List.of("Stripe-Signature")));
        }
        assertProblem(StripeEvents.send(event, null), 400, "invalid-input");

        assertNothingHappened(id, event);
        // the refused calls left no trace: the same event, correctly signed, is new
        StripeEvents.sendSigned(event).then().statusCode(200).body("result", equalTo("applied"));
        PaidStays.awaitPayment(guest, id, "FAILED");
    }

    @Test
    void anEventSignedOutsideTheToleranceIsRefused() {
        String id = PaidStays.place(guest, listing, parisDay(40));
        String event = StripeEvents.paymentFailed(waitingAtStripe(id));

        String stale = StripeEvents.signature(event, StripeEvents.SECRET, Instant.now().minusSeconds(301));
        assertProblem(StripeEvents.send(event, stale), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("Stripe-Signature")));
        String fromTheFuture = StripeEvents.signature(event, StripeEvents.SECRET, Instant.now().plusSeconds(3600));
        assertProblem(StripeEvents.send(event, fromTheFuture), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("Stripe-Signature")));

        assertNothingHappened(id, event);
    }

    @Test
    void aSignedEventThatIsNotAGatewayEventIsRefused() {
        String notAnEvent = "{\"hello\":\"world\"}";
        assertProblem(StripeEvents.sendSigned(notAnEvent), 400, "invalid-input");
        assertProblem(Api.anonymous().body("{}").post("/payments/webhooks/stripe"), 400, "invalid-input");
        String longId = "{\"id\":\"evt_" + "x".repeat(300) + "\",\"type\":\"payment_intent.payment_failed\","
                + "\"data\":{\"object\":{\"id\":\"pi_1\"}}}";
        assertProblem(StripeEvents.sendSigned(longId), 400, "invalid-input");
        String nul = "{\"id\":\"evt_nul\\u0000\",\"type\":\"payment_intent.payment_failed\",\"data\":{\"object\":{\"id\":\"pi_1\"}}}";
        assertProblem(StripeEvents.sendSigned(nul), 400, "invalid-input");
    }

    @Test
    void aFailedPaymentWithoutAnErrorObjectIsStillAFailure() {
        String failed = "{\"id\":\"evt_" + UUID.randomUUID().toString().replace("-", "") + "\",\"type\":\"payment_intent.payment_failed\","
                + "\"data\":{\"object\":{\"id\":\"pi_unknown_" + UUID.randomUUID() + "\",\"last_payment_error\":null}}}";
        StripeEvents.sendSigned(failed).then().statusCode(200).body("result", equalTo("applied"));
    }

    private static void assertNothingHappened(String bookingId, String event) {
        assertEquals("PENDING_PAYMENT", PaidStays.awaitBooking(guest, bookingId, "PENDING_PAYMENT").getString("status"));
        assertEquals("AUTHORIZING", PaidStays.payment(guest, bookingId).getString("status"));
        assertEquals(0, recorded(event));
    }
}
