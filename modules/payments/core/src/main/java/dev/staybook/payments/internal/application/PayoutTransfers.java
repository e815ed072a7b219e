package dev.staybook.payments.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.outbox.Outbox;
import dev.staybook.payments.api.event.PayoutFailed;
import dev.staybook.payments.api.event.PayoutSent;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import dev.staybook.payments.internal.domain.Payout;
import dev.staybook.payments.internal.domain.Payout.Settlement;
import dev.staybook.payments.internal.domain.PayoutRetryPolicy;
import dev.staybook.payments.internal.ledger.Ledger;
import dev.staybook.payments.internal.ledger.Postings;
import dev.staybook.payments.internal.persistence.PayoutStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Transfers payouts to the hosts' accounts, in the caller's transaction, and records what follows from the
 * gateway's answers ({@link Payout#settle}): PAID and a {@link PayoutSent}, or a refusal, which posts the money
 * back to what the host is owed, schedules the next attempt by {@link PayoutRetryPolicy} (or gives up: ATTENTION)
 * and tells the host why ({@link PayoutFailed}). The gateway calls of a chunk run in parallel
 * ({@link ParallelTransfers}); their outcomes are settled with one statement and one batch of events. Each
 * attempt has its own idempotency key, so repeating an attempt after a crash finds the transfer the gateway
 * already made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PayoutTransfers {

    @Inject
    PayoutStore store;
    @Inject
    ParallelTransfers gatewayCalls;
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

    /** Transfers each payout once (the gateway calls in parallel) and settles them all. */
    public void transferAll(List<Payout> payouts, Instant now) {
        List<GatewayOutcome> outcomes = gatewayCalls.transfer(payouts);
        PayoutRetryPolicy retries = new PayoutRetryPolicy(maxAttempts, backoff);
        List<Settlement> settlements = new ArrayList<>(payouts.size());
        for (int i = 0; i < payouts.size(); i++) {
            settlements.add(payouts.get(i).settle(outcomes.get(i), retries, now));
        }
        store.settle(settlements);
        List<IntegrationEvent> events = new ArrayList<>(settlements.size());
        for (Settlement settled : settlements) {
            if (!settled.paid()) {
                ledger.post(Postings.payoutReturned(ledgerId(settled.payout(), "returned"), settled.payout().id(), settled.payout().amount()));
            }
            events.add(eventOf(settled, now));
        }
        outbox.publishAll(events);
    }

    /** A retry posts the payout to the ledger again: the refusal before it had given the money back to the host. */
    public void retry(Payout payout, Instant now) {
        ledger.post(Postings.payout(ledgerId(payout, "retry"), payout.id(), payout.amount()));
        transferAll(List.of(payout), now);
    }

    private static IntegrationEvent eventOf(Settlement settled, Instant now) {
        Payout payout = settled.payout();
        UserId host = new UserId(payout.hostId());
        return settled.paid()
                ? new PayoutSent(UuidV7.generate(now), payout.id(), host, payout.amount(), payout.stays(), now)
                : new PayoutFailed(UuidV7.generate(now), payout.id(), host, payout.amount(), settled.failure(), payout.attempt(),
                settled.nextAttempt().orElse(null), now);
    }

    /** The same id on every repeat of an attempt: a rolled-back attempt that runs again posts nothing twice. */
    private static UUID ledgerId(Payout payout, String step) {
        return UUID.nameUUIDFromBytes(("ledger|" + payout.id() + "|" + step + "|" + payout.attempt()).getBytes(StandardCharsets.UTF_8));
    }
}
