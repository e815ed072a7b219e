package dev.staybook.payments.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.UuidV7;
import dev.staybook.outbox.Outbox;
import dev.staybook.payments.api.event.PayoutSent;
import dev.staybook.payments.internal.domain.HostKey;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import dev.staybook.payments.internal.gateway.Gateways;
import dev.staybook.payments.internal.persistence.PayoutStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Pays the hosts of one chunk in the caller's (the chunk's) transaction. The payout of a host in a run
 * has an id derived from the run date, the host and the currency, so every step here is repeatable: a
 * chunk that failed and runs again finds the same ids, inserts nothing twice, and asks the gateway for
 * the same transfers under the same idempotency keys, which return the transfers already made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HostPayouts {

    @Inject
    PayoutStore store;
    @Inject
    Gateways gateways;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    public void payChunk(String runKey, Instant cutoff, HostKey first, HostKey last) {
        Instant now = clock.instant();
        store.markPayable(runKey, cutoff, first, last);
        store.createPayouts(runKey, first, last, now);
        store.postToLedger(runKey, first, last, now);
        List<PayoutStore.PendingPayout> pending = store.pending(runKey, first, last);
        for (PayoutStore.PendingPayout payout : pending) {
            GatewayOutcome outcome = gateways.named(payout.gateway())
                    .payout(payout.hostId().toString(), payout.amount(), "payout-" + payout.id());
            store.settle(payout.id(), outcome);
            if (outcome.succeeded()) {
                announce(payout, now);
            }
        }
    }

    private void announce(PayoutStore.PendingPayout payout, Instant now) {
        outbox.publish(new PayoutSent(UuidV7.generate(now), payout.id(), new UserId(payout.hostId()), payout.amount(),
                payout.stays(), now));
    }

}
