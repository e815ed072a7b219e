package dev.staybook.payments.internal.application;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.outbox.Outbox;
import dev.staybook.payments.api.event.GuestRefundedBySupport;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.domain.DisputeRepository;
import dev.staybook.payments.internal.domain.PaymentRepository;
import dev.staybook.payments.internal.domain.Shares;
import dev.staybook.payments.internal.domain.SupportRefund;
import dev.staybook.payments.internal.domain.SupportRefundRepository;
import dev.staybook.payments.internal.gateway.Gateways;
import dev.staybook.payments.internal.ledger.Ledger;
import dev.staybook.payments.internal.ledger.Postings;
import dev.staybook.payments.internal.persistence.HostBalances;
import dev.staybook.payments.internal.persistence.OwedShares;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refunds an administrator gives: any part of what remains captured, once per Idempotency-Key. The payment is
 * locked first, so requests about one booking apply one after the other and a repeated key finds the first
 * request's refund. A successful refund is posted to the ledger (split by {@code Payment.sharesOf}), recorded
 * against the host's balance if their share was already paid out, and announced so that the guest is mailed.
 */
@ApplicationScoped
@Transactional
public class SupportRefunds {

    @Inject
    PaymentRepository payments;
    @Inject
    SupportRefundRepository refunds;
    @Inject
    DisputeRepository disputes;
    @Inject
    Gateways gateways;
    @Inject
    Ledger ledger;
    @Inject
    HostBalances hostBalances;
    @Inject
    OwedShares owedShares;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** What was asked: the amount, the reason for the guest, the client's key and a fingerprint of the request. */
    public record Request(Money amount, String reason, String idempotencyKey, String fingerprint) {
    }

    /** The refund, and whether it was made by an earlier request with the same key. */
    public record Given(SupportRefund refund, boolean replayed) {
    }

    public Given refund(UserId admin, UUID bookingId, Request request) {
        Payment payment = payments.findByBookingForUpdate(bookingId)
                .orElseThrow(() -> new NotFound("payment-not-found", "There is no payment for this booking."));
        Optional<SupportRefund> earlier = refunds.find(bookingId, request.idempotencyKey());
        if (earlier.isPresent()) {
            if (!earlier.get().isRequest(request.fingerprint())) {
                throw new RuleViolation("idempotency-key-reused", "This Idempotency-Key was used for another refund of this booking.");
            }
            return new Given(earlier.get(), true);
        }
        check(payment, request.amount());
        if (disputes.disputedAndNotWon(bookingId)) {
            throw new Conflict("payment-disputed", "The guest's bank disputes this payment: the dispute decides where the money "
                    + "goes (a lost dispute returns it to the guest), so no refund is given while it is open or after it was lost.");
        }
        return new Given(give(admin, payment, request), false);
    }

    private static void check(Payment payment, Money amount) {
        if (!payment.currency().equals(amount.currency())) {
            throw new RuleViolation("currency-mismatch", "The booking was paid in " + payment.currency().getCurrencyCode()
                    + "; a refund is in the same currency.");
        }
        if (!payment.charged()) {
            throw new Conflict("payment-not-captured", "Nothing was charged for this booking (payment " + payment.status()
                    + "), so there is nothing to refund.");
        }
        if (amount.compareTo(payment.refundable()) > 0) {
            throw new Conflict("refund-exceeds-captured", "At most " + payment.refundable() + " can be refunded: "
                    + payment.captured() + " was captured and " + payment.refunded() + " refunded already.");
        }
    }

    private SupportRefund give(UserId admin, Payment payment, Request request) {
        Instant now = clock.instant();
        Money amount = request.amount();
        String key = SupportRefund.gatewayKey(SupportRefund.idOf(payment.bookingId(), request.idempotencyKey()));
        Shares shares = payment.sharesOf(amount);
        GatewayOutcome outcome = gateways.named(payment.gateway()).refund(payment.gatewayReference(), amount, key);
        payment.supportRefundRequested(outcome, key, amount, shares.host(), now);
        SupportRefund refund = SupportRefund.given(payment.bookingId(), request.idempotencyKey(), request.fingerprint(), admin.value(),
                amount, shares.host(), request.reason(), outcome, now);
        refunds.add(refund);
        if (outcome.succeeded()) {
            ledger.post(Postings.supportRefund(UuidV7.generate(now), payment.bookingId(), amount, shares.host(), shares.taxes()));
            if (owedShares.paidOut(payment)) {
                hostBalances.adjust(payment.hostId(), shares.host().negate(), HostBalances.Cause.SUPPORT_REFUND, payment.bookingId(),
                        refund.id(), now);
            }
            outbox.publish(new GuestRefundedBySupport(UuidV7.generate(now), new BookingId(payment.bookingId()),
                    new UserId(payment.guestId()), amount, request.reason(), now));
        }
        return refund;
    }
}
