package dev.staybook.payments.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How support refunds and chargebacks split between the host, the taxes and the platform (421.60 = 329.80 + 34.00 + 57.80). */
class PaymentSharesTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");

    private static Payment captured() {
        Payment payment = Payment.forBooking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                eur("421.60"), "simulated", NOW);
        payment.authorizationRequested(GatewayOutcome.succeeded("pi_1"), "authorize-1", NOW);
        payment.captureRequested(GatewayOutcome.succeeded("pi_1"), payment.nextCaptureKey(), eur("329.80"), eur("34.00"),
                new CaptureRetryPolicy(2, Duration.ofMinutes(20)), NOW);
        return payment;
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void aPartSplitsInProportionToTheShares() {
        assertEquals(new Shares(eur("78.23"), eur("8.06"), eur("13.71")), captured().sharesOf(eur("100.00")));
    }

    @Test
    void everythingSplitsIntoExactlyTheShares() {
        assertEquals(new Shares(eur("329.80"), eur("34.00"), eur("57.80")), captured().sharesOf(eur("421.60")));
    }

    @Test
    void twoRefundsTakeBackExactlyTheSharesWhateverTheRounding() {
        Payment payment = captured();
        Shares first = payment.sharesOf(eur("100.00"));
        payment.supportRefundRequested(GatewayOutcome.succeeded("re_1"), "support-refund-1", eur("100.00"), first.host(), NOW);
        assertEquals(eur("321.60"), payment.refundable());
        assertEquals(eur("251.57"), payment.hostPayout());

        Shares rest = payment.sharesOf(eur("321.60"));
        assertEquals(new Shares(eur("251.57"), eur("25.94"), eur("44.09")), rest);
        payment.supportRefundRequested(GatewayOutcome.succeeded("re_2"), "support-refund-2", eur("321.60"), rest.host(), NOW);
        assertEquals(PaymentStatus.REFUNDED, payment.status());
        assertEquals(Money.zero(payment.currency()), payment.hostPayout());
        assertFalse(payment.canRefund(eur("0.01")));
    }

    @Test
    void aFailedRefundChangesNoShare() {
        Payment payment = captured();
        payment.supportRefundRequested(GatewayOutcome.failed(null, "charge_disputed"), "support-refund-3", eur("50.00"),
                eur("39.11"), NOW);
        assertEquals(PaymentStatus.CAPTURED, payment.status());
        assertEquals(eur("329.80"), payment.hostPayout());
        assertEquals(eur("421.60"), payment.refundable());
    }

    @Test
    void aDisputeHoldsTheHostsShareUntilItIsReleased() {
        Payment payment = captured();
        Money held = payment.holdForDispute(eur("421.60"), NOW);
        assertEquals(eur("329.80"), held);
        assertEquals(Money.zero(payment.currency()), payment.hostPayout(), "nothing left to pay out");

        payment.releaseDisputeHold(held, NOW);
        assertEquals(eur("329.80"), payment.hostPayout());
    }

    @Test
    void onlyACapturedPaymentIsCharged() {
        assertTrue(captured().charged());
        assertFalse(Payment.forBooking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                eur("10.00"), "simulated", NOW).charged());
    }

    private static Payment supportRefunded(String amount) {
        Payment payment = captured();
        payment.supportRefundRequested(GatewayOutcome.succeeded("re_1"), "support-refund-1", eur(amount),
                payment.sharesOf(eur(amount)).host(), NOW);
        return payment;
    }

    @Test
    void aCancellationWithoutEarlierRefundsGivesWhatThePolicySays() {
        assertEquals(new Shares(eur("329.80"), eur("34.00"), eur("57.80")),
                captured().cancellationShares(eur("421.60"), eur("0.00"), eur("34.00")));
        assertEquals(new Shares(eur("164.90"), eur("17.00"), eur("28.90")),
                captured().cancellationShares(eur("210.80"), eur("164.90"), eur("17.00")));
    }

    @Test
    void aFullCancellationRefundAfterASupportRefundGivesTheRestAndEveryShareEndsAtZero() {
        Shares rest = supportRefunded("100.00").cancellationShares(eur("421.60"), eur("0.00"), eur("34.00"));

        assertEquals(new Shares(eur("251.57"), eur("25.94"), eur("44.09")), rest);
        assertEquals(eur("329.80"), rest.host().plus(eur("78.23")));
        assertEquals(eur("34.00"), rest.taxes().plus(eur("8.06")));
        assertEquals(eur("57.80"), rest.platform().plus(eur("13.71")));
    }

    @Test
    void supportRefundsCountTowardsThePolicysRefundAndNeverMoreThanRemainsIsGiven() {
        Shares nothing = new Shares(eur("0.00"), eur("0.00"), eur("0.00"));
        assertEquals(nothing, supportRefunded("300.00").cancellationShares(eur("210.80"), eur("164.90"), eur("17.00")));
        assertEquals(nothing, supportRefunded("421.60").cancellationShares(eur("421.60"), eur("0.00"), eur("34.00")));
        Shares rest = supportRefunded("400.00").cancellationShares(eur("421.60"), eur("0.00"), eur("34.00"));
        assertEquals(eur("21.60"), rest.total(), "what remains captured");
        assertEquals(new Shares(eur("16.90"), eur("1.74"), eur("2.96")), rest, "the host gives up no more than they still have");
    }
}
