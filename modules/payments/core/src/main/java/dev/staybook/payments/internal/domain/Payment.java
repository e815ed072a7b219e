package dev.staybook.payments.internal.domain;

import static dev.staybook.payments.internal.domain.PaymentStatus.AUTHORIZED;
import static dev.staybook.payments.internal.domain.PaymentStatus.AUTHORIZING;
import static dev.staybook.payments.internal.domain.PaymentStatus.CAPTURED;
import static dev.staybook.payments.internal.domain.PaymentStatus.CAPTURE_FAILED;
import static dev.staybook.payments.internal.domain.PaymentStatus.FAILED;
import static dev.staybook.payments.internal.domain.PaymentStatus.PARTIALLY_REFUNDED;
import static dev.staybook.payments.internal.domain.PaymentStatus.REFUNDED;
import static dev.staybook.payments.internal.domain.PaymentStatus.VOIDED;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.UuidV7;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The guest's payment for one booking, as Staybook and its gateway agree on it.
 *
 * <p>Lifecycle ({@link PaymentStatus}): authorized when the booking is placed, captured when it is
 * confirmed, voided when it is declined, expires or is cancelled before confirmation, refunded (in part
 * or in full) when a confirmed booking is cancelled. Once the stay is completed the host's payout
 * becomes payable, and a payout run settles it once.
 *
 * <p>A refused capture is tried again on the {@link CaptureRetryPolicy}'s schedule ({@code nextCaptureAt});
 * after the last refusal it stays CAPTURE_FAILED with nothing due, and the booking's cancellation voids it.
 *
 * <p>Support may refund any part of what remains captured; a chargeback holds the host's share of the disputed
 * amount (their share shrinks) until it is won (it comes back) or lost (it stays gone).
 *
 * <p>Invariants: money moves only through a gateway call recorded as an {@link Operation}; the refunded
 * amount never exceeds the captured amount; a payment is paid out at most once.
 */
@Entity
@Table(name = "payments")
public class Payment {

    // a refused capture leaves the authorization in place: it is released when the booking ends
    private static final Set<PaymentStatus> VOIDABLE = Set.of(AUTHORIZING, AUTHORIZED, CAPTURE_FAILED);

    @Id
    private UUID id;
    @Column(name = "booking_id", nullable = false, unique = true, updatable = false)
    private UUID bookingId;
    @Column(name = "listing_id", nullable = false)
    private UUID listingId;
    @Column(name = "guest_id", nullable = false)
    private UUID guestId;
    @Column(name = "host_id", nullable = false)
    private UUID hostId;
    @Column(nullable = false)
    private String gateway;
    @Column(name = "gateway_reference")
    private String gatewayReference;
    @Column(name = "client_secret")
    private String clientSecret;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;
    @Column(nullable = false)
    private String currency;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(name = "captured_amount", nullable = false)
    private BigDecimal capturedAmount = BigDecimal.ZERO;
    @Column(name = "refunded_amount", nullable = false)
    private BigDecimal refundedAmount = BigDecimal.ZERO;
    @Column(name = "host_payout", nullable = false)
    private BigDecimal hostPayout = BigDecimal.ZERO;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(name = "payable_at")
    private Instant payableAt;
    @Column(name = "next_capture_at")
    private Instant nextCaptureAt;
    // what the confirmation said the capture is made of, kept for the retries that have no event to read it from
    @Column(name = "capture_host_payout")
    private BigDecimal captureHostPayout;
    @Column(name = "capture_taxes")
    private BigDecimal captureTaxes;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "payment_id", insertable = false, updatable = false)
    @OrderBy("occurredAt")
    private List<Operation> operations = new ArrayList<>();

    protected Payment() {
        // for JPA
    }

    public static Payment forBooking(UUID bookingId, UUID listingId, UUID guestId, UUID hostId, Money amount,
                                     String gateway, Instant now) {
        Payment payment = new Payment();
        payment.id = UuidV7.generate(now);
        payment.bookingId = bookingId;
        payment.listingId = listingId;
        payment.guestId = guestId;
        payment.hostId = hostId;
        payment.gateway = gateway;
        payment.currency = amount.currency().getCurrencyCode();
        payment.amount = amount.amount();
        payment.status = AUTHORIZING;
        payment.createdAt = now;
        payment.updatedAt = now;
        return payment;
    }

    /** Records the authorization call; returns its final outcome, or null while the guest still has to act. */
    public GatewayOutcome.Status authorizationRequested(GatewayOutcome outcome, String key, Instant now) {
        record(Operation.Kind.AUTHORIZE, amount, key, outcome, now);
        gatewayReference = outcome.reference();
        clientSecret = outcome.clientSecret();
        switch (outcome.status()) {
            case SUCCEEDED -> authorized(now);
            case FAILED -> authorizationFailed(outcome.failure(), now);
            case ACTION_REQUIRED -> updatedAt = now;
        }
        return outcome.status();
    }

    /** The gateway holds the money (directly, or later by webhook); false if it was already known. */
    public boolean authorized(Instant now) {
        if (status != AUTHORIZING) {
            return false;
        }
        status = AUTHORIZED;
        clientSecret = null;
        updatedAt = now;
        return true;
    }

    public boolean authorizationFailed(String reason, Instant now) {
        if (status != AUTHORIZING) {
            return false;
        }
        status = FAILED;
        failureReason = reason;
        updatedAt = now;
        return true;
    }

    /** True for an authorized payment, and for a refused capture whose next attempt is scheduled. */
    public boolean canCapture() {
        return status == AUTHORIZED || (status == CAPTURE_FAILED && nextCaptureAt != null);
    }

    /** The idempotency key of the next capture attempt. */
    public String nextCaptureKey() {
        return CaptureRetryPolicy.key(bookingId, captureAttempts() + 1);
    }

    /** How many times the capture was asked for. */
    public int captureAttempts() {
        return (int) operations.stream().filter(o -> o.kind() == Operation.Kind.CAPTURE).count();
    }

    /**
     * Records a capture attempt of the whole amount, of which the host is owed {@code payout} and the taxes are
     * {@code taxes}. A refusal schedules the next attempt under {@code retries}, or gives up after the last one.
     */
    public CaptureResult captureRequested(GatewayOutcome outcome, String key, Money payout, Money taxes,
                                          CaptureRetryPolicy retries, Instant now) {
        if (!canCapture()) {
            throw new IllegalStateException("payment " + id + " cannot be captured in status " + status);
        }
        record(Operation.Kind.CAPTURE, amount, key, outcome, now);
        updatedAt = now;
        captureHostPayout = payout.amount();
        captureTaxes = taxes.amount();
        if (outcome.succeeded()) {
            status = CAPTURED;
            capturedAmount = amount;
            hostPayout = payout.amount();
            nextCaptureAt = null;
            return CaptureResult.CAPTURED;
        }
        status = CAPTURE_FAILED;
        failureReason = outcome.failure();
        nextCaptureAt = retries.nextAttemptAfter(captureAttempts(), now).orElse(null);
        return nextCaptureAt == null ? CaptureResult.GAVE_UP : CaptureResult.RETRY_SCHEDULED;
    }

    /** True once a capture was refused and none has succeeded: nothing was charged. */
    public boolean captureRefused() {
        return status == CAPTURE_FAILED;
    }

    /** What the host is owed once the capture succeeds, as the confirmation computed it. */
    public Money captureHostPayout() {
        return new Money(captureHostPayout, currency());
    }

    public Money captureTaxes() {
        return new Money(captureTaxes, currency());
    }

    public Instant nextCaptureAt() {
        return nextCaptureAt;
    }

    public boolean canVoid() {
        return VOIDABLE.contains(status);
    }

    public void voidRequested(GatewayOutcome outcome, String key, Instant now) {
        record(Operation.Kind.VOID, null, key, outcome, now);
        nextCaptureAt = null; // the booking ended: never capture after asking to release the money
        if (outcome.succeeded()) {
            status = VOIDED;
            clientSecret = null;
        } else {
            failureReason = outcome.failure();
        }
        updatedAt = now;
    }

    public boolean canRefund(Money refund) {
        return (status == CAPTURED || status == PARTIALLY_REFUNDED)
                && refundedAmount.add(refund.amount()).compareTo(capturedAmount) <= 0;
    }

    /** Records the refund; on success the host's payout becomes {@code payoutAfter}. */
    public void refundRequested(GatewayOutcome outcome, String key, Money refund, Money payoutAfter, Instant now) {
        record(Operation.Kind.REFUND, refund.amount(), key, outcome, now);
        if (outcome.succeeded()) {
            refundedAmount = refundedAmount.add(refund.amount());
            status = refundedAmount.compareTo(capturedAmount) == 0 ? REFUNDED : PARTIALLY_REFUNDED;
            hostPayout = payoutAfter.amount();
        } else {
            failureReason = outcome.failure();
        }
        updatedAt = now;
    }

    /** True once money was taken: a capture succeeded (some of it may have been refunded since). */
    public boolean charged() {
        return status == CAPTURED || status == PARTIALLY_REFUNDED || status == REFUNDED;
    }

    /** What is still captured and not refunded: the most support can refund. */
    public Money refundable() {
        return captured().minus(refunded());
    }

    /**
     * How an amount taken back from this payment splits between its shares: the host gives up the fraction of their
     * current share that the amount is of what remains captured; the taxes their fraction of the capture (never more
     * than the rest); the platform's fees the remainder.
     */
    public Shares sharesOf(Money taken) {
        Money remaining = refundable();
        Money host = Money.zero(currency());
        if (!remaining.isZero() && !remaining.isNegative()) {
            host = min(Money.rounded(taken.amount().multiply(hostPayout).divide(remaining.amount(), 10, RoundingMode.HALF_EVEN),
                    currency()), hostPayout());
        }
        host = min(host, taken);
        Money taxes = Money.zero(currency());
        if (captureTaxes != null && capturedAmount.signum() > 0) {
            taxes = Money.rounded(taken.amount().multiply(captureTaxes).divide(capturedAmount, 10, RoundingMode.HALF_EVEN),
                    currency());
        }
        taxes = min(taxes, taken.minus(host));
        return new Shares(host, taxes, taken.minus(host).minus(taxes));
    }

    /**
     * What a cancellation gives back, split into shares, when its policy grants the guest {@code policyRefund} and
     * leaves the host {@code policyHostPayout}, {@code policyTaxes} of the refund being taxes. Earlier (support)
     * refunds count towards the policy's refund, and never more than remains captured is given: the host gives up
     * at most what their share is above the policy's, never more than the refund; the taxes their part (the policy's,
     * or in proportion once support refunded some of them); the platform's fees the rest. No share is negative.
     */
    public Shares cancellationShares(Money policyRefund, Money policyHostPayout, Money policyTaxes) {
        Money amount = min(policyRefund.minus(refunded()), refundable());
        if (amount.isNegative() || amount.isZero()) {
            Money none = Money.zero(currency());
            return new Shares(none, none, none);
        }
        Money aboveThePolicy = hostPayout().minus(policyHostPayout);
        Money host = aboveThePolicy.isNegative() ? Money.zero(currency()) : min(aboveThePolicy, amount);
        Money taxes = min(refunded().isZero() ? policyTaxes : sharesOf(amount).taxes(), amount.minus(host));
        return new Shares(host, taxes, amount.minus(host).minus(taxes));
    }

    /** A refund support gave: recorded like any refund, the host's share shrinking by {@code fromHost}. */
    public void supportRefundRequested(GatewayOutcome outcome, String key, Money refund, Money fromHost, Instant now) {
        refundRequested(outcome, key, refund, hostPayout().minus(fromHost), now);
    }

    /**
     * A chargeback of {@code disputed} was opened: the host's share of it is held back (no longer owed, so not paid
     * out) until the dispute is decided. Returns what was held.
     */
    public Money holdForDispute(Money disputed, Instant now) {
        Money held = sharesOf(min(disputed, captured())).host();
        hostPayout = hostPayout.subtract(held.amount());
        updatedAt = now;
        return held;
    }

    /** The dispute was won: what was held is owed to the host again. */
    public void releaseDisputeHold(Money held, Instant now) {
        hostPayout = hostPayout.add(held.amount());
        updatedAt = now;
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * What the host is owed may be paid out from then on: the stay is over, or it was cancelled and the policy leaves
     * the host a share. Returns false if it was payable already.
     */
    public boolean payableFrom(Instant at) {
        if (payableAt != null) {
            return false;
        }
        payableAt = at;
        updatedAt = at;
        return true;
    }

    private void record(Operation.Kind kind, BigDecimal value, String key, GatewayOutcome outcome, Instant now) {
        operations.add(new Operation(UuidV7.generate(now), id, kind, value, key, outcome, now));
    }

    public UUID id() {
        return id;
    }

    public UUID bookingId() {
        return bookingId;
    }

    public UUID guestId() {
        return guestId;
    }

    public UUID hostId() {
        return hostId;
    }

    public String gateway() {
        return gateway;
    }

    public String gatewayReference() {
        return gatewayReference;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public PaymentStatus status() {
        return status;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Money amount() {
        return new Money(amount, currency());
    }

    public Money captured() {
        return new Money(capturedAmount, currency());
    }

    public Money refunded() {
        return new Money(refundedAmount, currency());
    }

    public Money hostPayout() {
        return new Money(hostPayout, currency());
    }

    public String failureReason() {
        return failureReason;
    }

    public Instant payableAt() {
        return payableAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }
}
