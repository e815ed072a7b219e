package dev.staybook.payments.internal.domain;

import dev.staybook.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * A refund an administrator gave a guest outside the cancellation policy, recorded once per booking and
 * Idempotency-Key: asking again with the same key and request answers with this record and moves no money.
 * Its id is derived from the booking and the key, and so is the gateway's idempotency key: a request retried
 * after a crash between the gateway call and the commit asks the gateway for the same refund.
 *
 * <p>Invariants: the amount is positive and at most what remained captured when it was given; the host's share
 * of it is at most the amount.
 */
@Entity
@Table(name = "support_refunds")
public class SupportRefund {

    /** What the gateway did with it. */
    public enum Status {
        SUCCEEDED, FAILED
    }

    @Id
    private UUID id;
    @Column(name = "booking_id", nullable = false)
    private UUID bookingId;
    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;
    @Column(name = "request_hash", nullable = false)
    private String requestHash;
    @Column(name = "requested_by", nullable = false)
    private UUID requestedBy;
    @Column(nullable = false)
    private String currency;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(name = "from_host", nullable = false)
    private BigDecimal fromHost;
    @Column(nullable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private String failure;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SupportRefund() {
        // for JPA
    }

    /** The id of the refund a booking's request under {@code key} makes, the same on every attempt. */
    public static UUID idOf(UUID bookingId, String key) {
        return UUID.nameUUIDFromBytes(("support-refund|" + bookingId + "|" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The idempotency key of the gateway's refund call. */
    public static String gatewayKey(UUID refundId) {
        return "support-refund-" + refundId;
    }

    public static SupportRefund given(UUID bookingId, String key, String requestHash, UUID requestedBy, Money amount,
                                      Money fromHost, String reason, GatewayOutcome outcome, Instant now) {
        if (amount.isNegative() || amount.isZero() || fromHost.compareTo(amount) > 0) {
            throw new IllegalArgumentException("a refund is positive and the host's share at most all of it");
        }
        SupportRefund refund = new SupportRefund();
        refund.id = idOf(bookingId, key);
        refund.bookingId = bookingId;
        refund.idempotencyKey = key;
        refund.requestHash = requestHash;
        refund.requestedBy = requestedBy;
        refund.currency = amount.currency().getCurrencyCode();
        refund.amount = amount.amount();
        refund.fromHost = outcome.succeeded() ? fromHost.amount() : BigDecimal.ZERO;
        refund.reason = reason;
        refund.status = outcome.succeeded() ? Status.SUCCEEDED : Status.FAILED;
        refund.failure = outcome.failure();
        refund.createdAt = now;
        return refund;
    }

    /** True if {@code requestHash} is the request this key was first used for. */
    public boolean isRequest(String hash) {
        return requestHash.equals(hash);
    }

    public UUID id() {
        return id;
    }

    public UUID bookingId() {
        return bookingId;
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(currency));
    }

    public Money fromHost() {
        return new Money(fromHost, Currency.getInstance(currency));
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public String failure() {
        return failure;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
