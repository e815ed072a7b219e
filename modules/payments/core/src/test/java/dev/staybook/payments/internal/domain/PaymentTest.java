package dev.staybook.payments.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");
    private static final CaptureRetryPolicy TWO_RETRIES = new CaptureRetryPolicy(2, Duration.ofMinutes(20));
    private static final Money PAYOUT = Money.of("329.80", "EUR");
    private static final Money TAXES = Money.of("34.00", "EUR");

    private static Payment newPayment() {
        return Payment.forBooking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                Money.of("421.60", "EUR"), "simulated", NOW);
    }

    private static Payment captured() {
        Payment payment = newPayment();
        payment.authorizationRequested(GatewayOutcome.succeeded("pi_1"), "authorize-1", NOW);
        payment.captureRequested(GatewayOutcome.succeeded("pi_1"), payment.nextCaptureKey(), PAYOUT, TAXES, TWO_RETRIES, NOW);
        return payment;
    }

    private static Payment authorized() {
        Payment payment = newPayment();
        payment.authorizationRequested(GatewayOutcome.succeeded("pi_5"), "authorize-5", NOW);
        return payment;
    }

    private static CaptureResult refuse(Payment payment, Instant at) {
        return payment.captureRequested(GatewayOutcome.failed("pi_5", "capture_refused"), payment.nextCaptureKey(), PAYOUT,
                TAXES, TWO_RETRIES, at);
    }

    @Test
    void anImmediateAuthorizationHoldsTheAmount() {
        Payment payment = newPayment();
        assertEquals(GatewayOutcome.Status.SUCCEEDED, payment.authorizationRequested(GatewayOutcome.succeeded("pi_1"), "authorize-1", NOW));
        assertEquals(PaymentStatus.AUTHORIZED, payment.status());
        assertEquals("pi_1", payment.gatewayReference());
        assertEquals(1, payment.operations().size());
    }

    @Test
    void anAuthorizationNeedingTheGuestWaitsForTheWebhook() {
        Payment payment = newPayment();
        payment.authorizationRequested(GatewayOutcome.actionRequired("pi_2", "pi_2_secret"), "authorize-2", NOW);
        assertEquals(PaymentStatus.AUTHORIZING, payment.status());
        assertEquals("pi_2_secret", payment.clientSecret());

        assertTrue(payment.authorized(NOW));
        assertFalse(payment.authorized(NOW), "a repeated webhook changes nothing");
        assertNull(payment.clientSecret());
    }

    @Test
    void aDeclineIsRecordedWithItsReason() {
        Payment payment = newPayment();
        payment.authorizationRequested(GatewayOutcome.failed("pi_3", "card_declined"), "authorize-3", NOW);
        assertEquals(PaymentStatus.FAILED, payment.status());
        assertEquals("card_declined", payment.failureReason());
        assertFalse(payment.canCapture());
    }

    @Test
    void aCaptureMakesTheHostPayoutOwed() {
        Payment payment = captured();
        assertEquals(PaymentStatus.CAPTURED, payment.status());
        assertEquals(Money.of("421.60", "EUR"), payment.captured());
        assertEquals(Money.of("329.80", "EUR"), payment.hostPayout());
    }

    @Test
    void refundsNeverExceedWhatWasCaptured() {
        Payment payment = captured();
        assertTrue(payment.canRefund(Money.of("421.60", "EUR")));
        payment.refundRequested(GatewayOutcome.succeeded("re_1"), "refund-1", Money.of("209.00", "EUR"), Money.of("145.50", "EUR"), NOW);
        assertEquals(PaymentStatus.PARTIALLY_REFUNDED, payment.status());
        assertFalse(payment.canRefund(Money.of("212.61", "EUR")));
        assertTrue(payment.canRefund(Money.of("212.60", "EUR")));
    }

    @Test
    void onlyAnUncapturedPaymentCanBeVoided() {
        Payment authorized = newPayment();
        authorized.authorizationRequested(GatewayOutcome.succeeded("pi_4"), "authorize-4", NOW);
        assertTrue(authorized.canVoid());
        authorized.voidRequested(GatewayOutcome.succeeded("pi_4"), "void-4", NOW);
        assertEquals(PaymentStatus.VOIDED, authorized.status());
        assertFalse(captured().canVoid());
    }

    @Test
    void theStayCompletingMakesThePayoutPayableOnce() {
        Payment payment = captured();
        payment.payableFrom(NOW);
        payment.payableFrom(NOW.plusSeconds(60));
        assertEquals(NOW, payment.payableAt());
    }

    @Test
    void aRefusedCaptureIsRetriedOnScheduleThenGivenUp() {
        Payment payment = authorized();
        assertEquals("capture-" + payment.bookingId(), payment.nextCaptureKey(), "the first attempt keeps the key captures always had");

        assertEquals(CaptureResult.RETRY_SCHEDULED, refuse(payment, NOW));
        assertEquals(PaymentStatus.CAPTURE_FAILED, payment.status());
        assertEquals(NOW.plus(Duration.ofMinutes(20)), payment.nextCaptureAt());
        assertTrue(payment.canCapture());
        assertEquals("capture-" + payment.bookingId() + "-2", payment.nextCaptureKey());

        Instant second = NOW.plus(Duration.ofMinutes(20));
        assertEquals(CaptureResult.RETRY_SCHEDULED, refuse(payment, second));
        assertEquals(second.plus(Duration.ofMinutes(40)), payment.nextCaptureAt(), "each pause twice the previous");

        assertEquals(CaptureResult.GAVE_UP, refuse(payment, second.plus(Duration.ofMinutes(40))));
        assertNull(payment.nextCaptureAt());
        assertFalse(payment.canCapture());
        assertEquals(3, payment.captureAttempts());
        assertEquals("capture_refused", payment.failureReason());
        assertEquals(0, payment.captured().amount().signum(), "nothing was charged");
        assertEquals(List.of(Operation.Kind.AUTHORIZE, Operation.Kind.CAPTURE, Operation.Kind.CAPTURE, Operation.Kind.CAPTURE),
                payment.operations().stream().map(Operation::kind).toList());
    }

    @Test
    void aRetriedCaptureThatSucceedsChargesOnceAndOwesTheHost() {
        Payment payment = authorized();
        refuse(payment, NOW);

        assertEquals(CaptureResult.CAPTURED, payment.captureRequested(GatewayOutcome.succeeded("pi_5"), payment.nextCaptureKey(),
                payment.captureHostPayout(), payment.captureTaxes(), TWO_RETRIES, NOW.plus(Duration.ofMinutes(20))));
        assertEquals(PaymentStatus.CAPTURED, payment.status());
        assertEquals(Money.of("421.60", "EUR"), payment.captured());
        assertEquals(PAYOUT, payment.hostPayout());
        assertNull(payment.nextCaptureAt());
    }

    @Test
    void aRefusedCaptureIsVoidedAndNeverRetriedOnceTheBookingEnds() {
        Payment payment = authorized();
        refuse(payment, NOW);
        assertTrue(payment.captureRefused());
        assertTrue(payment.canVoid(), "the authorization still holds the guest's money");

        payment.voidRequested(GatewayOutcome.succeeded("pi_5"), "void-5", NOW);
        assertEquals(PaymentStatus.VOIDED, payment.status());
        assertNull(payment.nextCaptureAt());
        assertFalse(payment.canCapture());
    }

    @Test
    void withoutRetriesTheFirstRefusalGivesUp() {
        Payment payment = authorized();
        CaptureResult result = payment.captureRequested(GatewayOutcome.failed("pi_5", "capture_refused"), payment.nextCaptureKey(),
                PAYOUT, TAXES, new CaptureRetryPolicy(0, Duration.ofMinutes(20)), NOW);
        assertEquals(CaptureResult.GAVE_UP, result);
        assertFalse(payment.canCapture());
    }
}
