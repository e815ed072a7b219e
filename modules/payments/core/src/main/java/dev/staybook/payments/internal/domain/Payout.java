package dev.staybook.payments.internal.domain;

import dev.staybook.kernel.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One attempt to pay a host what a payout run (or a retry) owes them: {@code amount} for {@code stays} stays,
 * through the gateway that holds the stays' payments, to the host's account there ({@code destination}, null
 * when the host has none any more).
 *
 * <p>Lifecycle ({@link PayoutStatus}): a run creates it PENDING; the gateway's answer settles it PAID, or FAILED
 * with its next attempt due by the {@link PayoutRetryPolicy}, or ATTENTION once the attempts are used up. A FAILED
 * payout is loaded again as its next attempt. Invariants: the amount is positive (a run never pays a host who owes
 * as much as they are owed), each attempt has its own gateway idempotency key, and only a PENDING or FAILED payout
 * is transferred.
 */
public final class Payout {

    /** A payout with no account to send it to is refused without asking the gateway. */
    public static final String NO_ACCOUNT = "no_payout_account";

    private final UUID id;
    private final UUID hostId;
    private final Money amount;
    private final int stays;
    private final String gateway;
    private final String destination;
    private final int attempt;
    private final PayoutStatus status;

    public Payout(UUID id, UUID hostId, Money amount, int stays, String gateway, String destination, int attempt, PayoutStatus status) {
        this.id = Objects.requireNonNull(id);
        this.hostId = Objects.requireNonNull(hostId);
        this.amount = Objects.requireNonNull(amount);
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("a payout pays a positive amount: " + amount);
        }
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        if (status != PayoutStatus.PENDING && status != PayoutStatus.FAILED) {
            throw new IllegalStateException("payout " + id + " is " + status + ": only PENDING or FAILED payouts are transferred");
        }
        this.stays = stays;
        this.gateway = gateway;
        this.destination = destination;
        this.attempt = attempt;
        this.status = status;
    }

    /** The gateway idempotency key of this attempt: a repeat after a crash finds the transfer already made. */
    public String transferKey() {
        return PayoutRetryPolicy.key(id, attempt);
    }

    /** Whether there is an account to send the money to; without one the attempt is refused as {@link #NO_ACCOUNT}. */
    public boolean hasDestination() {
        return destination != null;
    }

    /** Where the gateway's answer to this attempt leaves the payout. */
    public Settlement settle(GatewayOutcome outcome, PayoutRetryPolicy retries, Instant now) {
        if (outcome.succeeded()) {
            return new Settlement(this, PayoutStatus.PAID, outcome.reference(), null, Optional.empty());
        }
        Optional<Instant> next = retries.nextAttemptAfter(attempt, now);
        String reason = outcome.failure() == null ? "refused" : outcome.failure();
        return new Settlement(this, next.isPresent() ? PayoutStatus.FAILED : PayoutStatus.ATTENTION, outcome.reference(), reason, next);
    }

    /** What an attempt ended in: PAID, or FAILED with its next attempt, or ATTENTION. */
    public record Settlement(Payout payout, PayoutStatus status, String reference, String failure, Optional<Instant> nextAttempt) {

        public boolean paid() {
            return status == PayoutStatus.PAID;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID hostId() {
        return hostId;
    }

    public Money amount() {
        return amount;
    }

    public int stays() {
        return stays;
    }

    public String gateway() {
        return gateway;
    }

    public String destination() {
        return destination;
    }

    public int attempt() {
        return attempt;
    }

    public PayoutStatus status() {
        return status;
    }
}
