package dev.staybook.payments.internal.domain;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.UuidV7;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * A chargeback: the guest's bank disputes (part of) a captured payment.
 *
 * <p>Lifecycle: OPEN when the gateway reports it, holding the host's share of the disputed amount
 * ({@code heldFromHost}); then WON (the hold goes back to the host) or LOST (the disputed amount leaves:
 * the held share from the host, the rest from the taxes and the platform's fees). A decided dispute never
 * changes again.
 */
@Entity
@Table(name = "disputes")
public class Dispute {

    /** Where the dispute is. */
    public enum Status {
        OPEN, WON, LOST
    }

    @Id
    private UUID id;
    @Column(nullable = false)
    private String gateway;
    @Column(name = "gateway_dispute_id", nullable = false)
    private String gatewayDisputeId;
    @Column(name = "booking_id", nullable = false)
    private UUID bookingId;
    @Column(nullable = false)
    private String currency;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(name = "held_from_host", nullable = false)
    private BigDecimal heldFromHost;
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected Dispute() {
        // for JPA
    }

    public static Dispute opened(String gateway, String gatewayDisputeId, UUID bookingId, Money amount, Money heldFromHost,
                                 String reason, Instant now) {
        Dispute dispute = new Dispute();
        dispute.id = UuidV7.generate(now);
        dispute.gateway = gateway;
        dispute.gatewayDisputeId = gatewayDisputeId;
        dispute.bookingId = bookingId;
        dispute.currency = amount.currency().getCurrencyCode();
        dispute.amount = amount.amount();
        dispute.heldFromHost = heldFromHost.amount();
        dispute.reason = reason;
        dispute.status = Status.OPEN;
        dispute.openedAt = now;
        return dispute;
    }

    /** Records the decision; false if it was already decided (a repeated or late notice changes nothing). */
    public boolean decided(boolean won, Instant now) {
        if (status != Status.OPEN) {
            return false;
        }
        status = won ? Status.WON : Status.LOST;
        closedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public String gatewayDisputeId() {
        return gatewayDisputeId;
    }

    public UUID bookingId() {
        return bookingId;
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(currency));
    }

    public Money heldFromHost() {
        return new Money(heldFromHost, Currency.getInstance(currency));
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
