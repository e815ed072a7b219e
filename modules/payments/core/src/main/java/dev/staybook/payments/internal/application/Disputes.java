package dev.staybook.payments.internal.application;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.payments.internal.domain.Dispute;
import dev.staybook.payments.internal.domain.DisputeRepository;
import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.domain.PaymentRepository;
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

/**
 * Chargebacks as the gateway reports them. Opened: the host's share of the disputed amount is held (their share
 * shrinks, so the payout run does not pay it; if it was paid already, the host owes it back). Closed: won (or
 * closed without a chargeback) gives the hold back; lost sends the disputed amount out of the held share, the
 * taxes and the platform's fees. Stripe's dispute fee is not modelled. Each step is one balanced ledger posting;
 * a notice about an unknown payment, or a second notice about a dispute, changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Disputes {

    @Inject
    PaymentRepository payments;
    @Inject
    DisputeRepository disputes;
    @Inject
    Ledger ledger;
    @Inject
    HostBalances hostBalances;
    @Inject
    OwedShares owedShares;
    @Inject
    Clock clock;

    /** Returns false if nothing changed (unknown payment, dispute already known). */
    boolean opened(String gateway, DisputeNotice notice) {
        Optional<Payment> found = lockedPayment(gateway, notice);
        if (found.isEmpty() || disputes.find(gateway, notice.disputeId()).isPresent() || !found.get().charged()) {
            return false;
        }
        Payment payment = found.get();
        Instant now = clock.instant();
        if (!payment.currency().equals(notice.amount().currency())) {
            throw InvalidInput.field("body", "disputes an amount in another currency than the payment's");
        }
        // the bank can dispute no more than was charged
        Money disputed = notice.amount().compareTo(payment.captured()) <= 0 ? notice.amount() : payment.captured();
        Money held = payment.holdForDispute(disputed, now);
        Dispute dispute = Dispute.opened(gateway, notice.disputeId(), payment.bookingId(), disputed, held, notice.reason(), now);
        disputes.add(dispute);
        if (!held.isZero()) {
            ledger.post(Postings.disputeHold(UuidV7.generate(now), payment.bookingId(), held));
        }
        if (owedShares.paidOut(payment)) {
            hostBalances.adjust(payment.hostId(), held.negate(), HostBalances.Cause.DISPUTE_HOLD, payment.bookingId(),
                    UuidV7.generate(now), now);
        }
        return true;
    }

    /** Returns false if nothing changed (unknown or already decided dispute). */
    boolean closed(String gateway, DisputeNotice notice) {
        // the payment's lock first: a second notice of the same close, delivered at once, then reads the decided dispute
        Optional<Payment> payment = lockedPayment(gateway, notice);
        Optional<Dispute> found = disputes.find(gateway, notice.disputeId());
        Instant now = clock.instant();
        if (found.isEmpty() || payment.isEmpty() || !found.get().decided(!notice.lost(), now)) {
            return false;
        }
        Dispute dispute = found.get();
        if (notice.lost()) {
            lost(payment.get(), dispute, now);
        } else {
            won(payment.get(), dispute, now);
        }
        return true;
    }

    private void won(Payment payment, Dispute dispute, Instant now) {
        Money held = dispute.heldFromHost();
        if (held.isZero()) {
            return;
        }
        payment.releaseDisputeHold(held, now);
        ledger.post(Postings.disputeRelease(UuidV7.generate(now), payment.bookingId(), held));
        if (owedShares.paidOut(payment)) {
            hostBalances.adjust(payment.hostId(), held, HostBalances.Cause.DISPUTE_RELEASE, payment.bookingId(), UuidV7.generate(now), now);
        }
    }

    private void lost(Payment payment, Dispute dispute, Instant now) {
        Money disputed = dispute.amount();
        Money held = dispute.heldFromHost();
        Money taxes = payment.sharesOf(disputed).taxes();
        Money rest = disputed.minus(held);
        ledger.post(Postings.disputeLoss(UuidV7.generate(now), payment.bookingId(), disputed, held,
                taxes.compareTo(rest) <= 0 ? taxes : rest));
    }

    private Optional<Payment> lockedPayment(String gateway, DisputeNotice notice) {
        if (notice.paymentReference() == null) {
            return Optional.empty();
        }
        return payments.findByGatewayReferenceForUpdate(gateway, notice.paymentReference());
    }
}
