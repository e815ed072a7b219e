package dev.staybook.payments.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One call to the gateway about a payment and what came of it; failures stay here for the guest, the
 * host and support to see. The idempotency key is unique: a call is recorded once however often it is
 * retried.
 */
@Entity
@Table(name = "payment_operations")
public class Operation {

    /** What was asked of the gateway. */
    public enum Kind {
        AUTHORIZE, CAPTURE, VOID, REFUND
    }

    @Id
    private UUID id;
    @Column(name = "payment_id", nullable = false)
    private UUID paymentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    private BigDecimal amount;
    @Column(name = "idempotency_key", nullable = false, unique = true)
    private String idempotencyKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GatewayOutcome.Status outcome;
    @Column(name = "gateway_reference")
    private String gatewayReference;
    private String failure;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected Operation() {
        // for JPA
    }

    Operation(UUID id, UUID paymentId, Kind kind, BigDecimal amount, String idempotencyKey, GatewayOutcome outcome, Instant at) {
        this.id = id;
        this.paymentId = paymentId;
        this.kind = kind;
        this.amount = amount;
        this.idempotencyKey = idempotencyKey;
        this.outcome = outcome.status();
        this.gatewayReference = outcome.reference();
        this.failure = outcome.failure() == null ? null : outcome.failure().substring(0, Math.min(500, outcome.failure().length()));
        this.occurredAt = at;
    }

    public Kind kind() {
        return kind;
    }

    public BigDecimal amount() {
        return amount;
    }

    public GatewayOutcome.Status outcome() {
        return outcome;
    }

    public String failure() {
        return failure;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
