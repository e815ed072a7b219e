package dev.staybook.payments.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.Money;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");

    private static Payment newPayment() {
        return Payment.forBooking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                Money.of("421.60", "EUR"), "simulated", NOW);
    }

    private static Payment captured() {
        Payment payment = newPayment();
        payment.authorizationRequested(GatewayOutcome.succeeded("pi_1"), "authorize-1", NOW);
        payment.captureRequested(GatewayOutcome.succeeded("pi_1"), "capture-1", Money.of("329.80", "EUR"), NOW);
        return payment;
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
        payment.stayCompleted(NOW);
        payment.stayCompleted(NOW.plusSeconds(60));
        assertEquals(NOW, payment.payableAt());
    }
}
