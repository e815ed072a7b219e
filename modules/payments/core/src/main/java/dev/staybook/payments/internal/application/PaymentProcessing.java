package dev.staybook.payments.internal.application;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.bookings.api.event.BookingConfirmed;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.bookings.api.event.StayCompleted;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.UuidV7;
import dev.staybook.outbox.Outbox;
import dev.staybook.outbox.RemoteCall;
import dev.staybook.payments.api.event.CancellationRefunded;
import dev.staybook.payments.api.event.PaymentAuthorized;
import dev.staybook.payments.api.event.PaymentFailed;
import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.domain.PaymentRepository;
import dev.staybook.payments.internal.domain.Shares;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import dev.staybook.payments.internal.gateway.Gateways;
import dev.staybook.payments.internal.gateway.PaymentGateway;
import dev.staybook.payments.internal.ledger.Ledger;
import dev.staybook.payments.internal.ledger.Postings;
import dev.staybook.payments.internal.persistence.OwedShares;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Moves a booking's money as the booking moves: authorize when placed, capture when confirmed, void
 * when it ends unconfirmed (or its capture was refused for good), refund what a cancellation computed, make the host's payout payable when
 * the stay completes. Each booking event is handled once, in the delivery's transaction together with the
 * payment, the ledger and any outcome it announces; its gateway call is returned, not made ({@link RemoteCall}):
 * the delivery makes a batch's calls at once, outside the transaction, then completes each in it. Gateway calls
 * carry a key derived from the booking, so a retry after a crash never moves money twice.
 */
@ApplicationScoped
@Transactional
public class PaymentProcessing {

    @Inject
    PaymentRepository payments;
    @Inject
    Gateways gateways;
    @Inject
    Ledger ledger;
    @Inject
    Outbox outbox;
    @Inject
    CaptureAttempts captures;
    @Inject
    OwedShares owedShares;
    @Inject
    Clock clock;

    /** Opens the payment; the authorization is the gateway call this returns, and what follows its answer. */
    public RemoteCall<GatewayOutcome> placed(BookingPlaced event) {
        Instant now = clock.instant();
        PaymentGateway gateway = gateways.forNewPayments();
        Payment payment = Payment.forBooking(event.bookingId().value(), event.listingId().value(), event.guestId().value(),
                event.hostId().value(), event.guestTotal(), gateway.name(), now);
        payments.add(payment);
        String key = "authorize-" + event.bookingId();
        String description = "Staybook booking " + event.bookingId();
        return RemoteCall.of(() -> gateway.authorize(description, event.guestTotal(), key),
                outcome -> announce(payment, payment.authorizationRequested(outcome, key, now), now));
    }

    /** An authorization completed later, by webhook; repeats change nothing. */
    public void authorizedByGateway(String gateway, String reference) {
        payments.findByGatewayReferenceForUpdate(gateway, reference).ifPresent(payment -> {
            Instant now = clock.instant();
            if (payment.authorized(now)) {
                announce(payment, GatewayOutcome.Status.SUCCEEDED, now);
            }
        });
    }

    public void failedByGateway(String gateway, String reference, String reason) {
        payments.findByGatewayReferenceForUpdate(gateway, reference).ifPresent(payment -> {
            Instant now = clock.instant();
            if (payment.authorizationFailed(reason, now)) {
                announce(payment, GatewayOutcome.Status.FAILED, now);
            }
        });
    }

    /**
     * Captures the held amount (the gateway call this returns, if any); a refusal is retried later (CaptureRetries) and,
     * after the last, announced.
     */
    public RemoteCall<?> confirmed(BookingConfirmed event) {
        Payment payment = payment(event.bookingId());
        if (!payment.canCapture()) {
            return null;
        }
        return captures.attempt(payment, event.hostPayout(), Postings.taxesOf(event.lines(), payment.amount()), clock.instant());
    }

    /** A booking ended before it was charged (declined, expired, cancelled early): release the hold (the call returned). */
    public RemoteCall<?> endedUncharged(BookingId bookingId) {
        return payments.findByBookingForUpdate(bookingId.value()).filter(Payment::canVoid).map(this::voidAuthorization).orElse(null);
    }

    /** Voids what was not charged, or refunds what the cancellation gives back: the gateway call returned, if any. */
    public RemoteCall<?> cancelled(BookingCancelled event) {
        Payment payment = payment(event.bookingId());
        // a confirmed booking whose capture was refused was charged nothing either: release it, stop retrying
        if (!event.wasCharged() || payment.captureRefused()) {
            return payment.canVoid() ? voidAuthorization(payment) : null;
        }
        // earlier support refunds count: the refund may be smaller than the policy's, and the host's part of it too
        Shares shares = payment.cancellationShares(event.guestRefund(), event.hostPayout(),
                Postings.taxesOf(event.refundLines(), event.guestRefund()));
        Money refund = shares.total();
        Instant payableFrom = event.stay().checkOut().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant now = clock.instant();
        if (refund.isZero()) {
            oweWhatIsLeft(payment, payableFrom);
            announceCancellationRefund(payment, refund, now);
            return null;
        }
        if (!payment.canRefund(refund)) {
            oweWhatIsLeft(payment, payableFrom);
            return null;
        }
        String key = "refund-" + event.bookingId();
        PaymentGateway gateway = gatewayOf(payment);
        String reference = payment.gatewayReference();
        Money hostPayoutLeft = payment.hostPayout().minus(shares.host());
        return RemoteCall.of(() -> gateway.refund(reference, refund, key), outcome -> {
            payment.refundRequested(outcome, key, refund, hostPayoutLeft, now);
            if (outcome.succeeded()) {
                ledger.post(Postings.refundOfShares(UuidV7.generate(now), payment.bookingId(), refund, shares.host(), shares.taxes()));
                oweWhatIsLeft(payment, payableFrom);
                announceCancellationRefund(payment, refund, now);
            }
        });
    }

    /**
     * Bookings computed the cancellation's refund from what support had refunded when the guest cancelled; a support
     * refund made since counts here too, so bookings learns what was actually given back.
     */
    private void announceCancellationRefund(Payment payment, Money refund, Instant now) {
        outbox.publish(new CancellationRefunded(UuidV7.generate(now), new BookingId(payment.bookingId()), refund, now));
    }

    /**
     * What the cancellation policy leaves the host is theirs, as a completed stay's share is: payable from the day the
     * stay would have ended (its check-out date from midnight UTC; payments does not know the listing's zone, and runs
     * are a day apart). A cancelled stay never completes, so without this no run would ever pay it.
     */
    private void oweWhatIsLeft(Payment payment, Instant payableFrom) {
        Money left = payment.hostPayout();
        if (!left.isZero() && !left.isNegative() && payment.payableFrom(payableFrom)) {
            owedShares.owe(payment);
        }
    }

    public void completed(StayCompleted event) {
        Payment payment = payment(event.bookingId());
        if (payment.payableFrom(event.checkedOutAt())) {
            owedShares.owe(payment);
        }
    }

    private RemoteCall<GatewayOutcome> voidAuthorization(Payment payment) {
        String key = "void-" + payment.bookingId();
        Instant now = clock.instant();
        String reference = payment.gatewayReference();
        if (reference == null) { // nothing was ever held
            payment.voidRequested(GatewayOutcome.succeeded(null), key, now);
            return null;
        }
        PaymentGateway gateway = gatewayOf(payment);
        return RemoteCall.of(() -> gateway.voidAuthorization(reference, key), outcome -> payment.voidRequested(outcome, key, now));
    }

    private void announce(Payment payment, GatewayOutcome.Status status, Instant now) {
        BookingId booking = new BookingId(payment.bookingId());
        UUID eventId = UuidV7.generate(now);
        switch (status) {
            case SUCCEEDED -> outbox.publish(new PaymentAuthorized(eventId, booking, payment.amount(), now));
            case FAILED -> outbox.publish(new PaymentFailed(eventId, booking, payment.failureReason(), now));
            case ACTION_REQUIRED -> { } // the guest completes the payment; the webhook tells us
        }
    }

    /** Events about one booking arrive in order (BookingMoneyEvents), so its payment exists by the time later events come. */
    private Payment payment(BookingId bookingId) {
        return payments.findByBookingForUpdate(bookingId.value())
                .orElseThrow(() -> new IllegalStateException("no payment yet for booking " + bookingId + "; retry later"));
    }

    private PaymentGateway gatewayOf(Payment payment) {
        return gateways.named(payment.gateway());
    }
}
