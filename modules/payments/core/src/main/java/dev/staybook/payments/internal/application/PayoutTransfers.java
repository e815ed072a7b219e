package dev.staybook.payments.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.UuidV7;
import dev.staybook.outbox.Outbox;
import dev.staybook.payments.api.event.PayoutFailed;
import dev.staybook.payments.api.event.PayoutSent;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import dev.staybook.payments.internal.domain.PayoutRetryPolicy;
import dev.staybook.payments.internal.gateway.Gateways;
import dev.staybook.payments.internal.ledger.Ledger;
import dev.staybook.payments.internal.ledger.Postings;
import dev.staybook.payments.internal.persistence.PayoutStore;
import dev.staybook.payments.internal.persistence.PayoutStore.PendingPayout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One transfer of a payout to the host's account, in the caller's transaction, and what follows from the
 * gateway's answer: PAID and a {@link PayoutSent}, or a refusal, which posts the money back to what the
 * host is owed, schedules the next attempt by {@link PayoutRetryPolicy} (or gives up: ATTENTION) and
 * tells the host why ({@link PayoutFailed}). Each attempt has its own idempotency key, so repeating an
 * attempt after a crash finds the transfer the gateway already made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PayoutTransfers {

    static final String NO_ACCOUNT = "no_payout_account";

    @Inject
    PayoutStore store;
    @Inject
    Gateways gateways;
    @Inject
    Ledger ledger;
    @Inject
    Outbox outbox;
    @Inject
    @ConfigProperty(name = "staybook.payouts.retry.max-attempts", defaultValue = "4")
    int maxAttempts;
    @Inject
    @ConfigProperty(name = "staybook.payouts.retry.backoff", defaultValue = "P1D")
    Duration backoff;

    public void transfer(PendingPayout payout, Instant now) {
        GatewayOutcome outcome = payout.destination() == null ? GatewayOutcome.failed(null, NO_ACCOUNT)
                : gateways.named(payout.gateway()).payout(payout.destination(), payout.amount(),
                PayoutRetryPolicy.key(payout.id(), payout.attempt()));
        if (outcome.succeeded()) {
            store.settlePaid(payout, outcome.reference());
            outbox.publish(new PayoutSent(UuidV7.generate(now), payout.id(), new UserId(payout.hostId()), payout.amount(),
                    payout.stays(), now));
        } else {
            refused(payout, outcome, now);
        }
    }

    /** A retry posts the payout to the ledger again: the refusal before it had given the money back to the host. */
    public void retry(PendingPayout payout, Instant now) {
        ledger.post(Postings.payout(ledgerId(payout, "retry"), payout.id(), payout.amount()));
        transfer(payout, now);
    }

    private void refused(PendingPayout payout, GatewayOutcome outcome, Instant now) {
        Optional<Instant> next = new PayoutRetryPolicy(maxAttempts, backoff).nextAttemptAfter(payout.attempt(), now);
        String reason = outcome.failure() == null ? "refused" : outcome.failure();
        store.settleFailed(payout, outcome.reference(), reason, next);
        ledger.post(Postings.payoutReturned(ledgerId(payout, "returned"), payout.id(), payout.amount()));
        outbox.publish(new PayoutFailed(UuidV7.generate(now), payout.id(), new UserId(payout.hostId()), payout.amount(), reason,
                payout.attempt(), next.orElse(null), now));
    }

    /** The same id on every repeat of an attempt: a rolled-back attempt that runs again posts nothing twice. */
    private static UUID ledgerId(PendingPayout payout, String step) {
        return UUID.nameUUIDFromBytes(("ledger|" + payout.id() + "|" + step + "|" + payout.attempt()).getBytes(StandardCharsets.UTF_8));
    }
}
