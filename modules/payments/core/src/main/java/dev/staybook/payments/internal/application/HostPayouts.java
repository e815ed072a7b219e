package dev.staybook.payments.internal.application;

import dev.staybook.payments.internal.domain.HostKey;
import dev.staybook.payments.internal.domain.Payout;
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
 * the same transfers under the same idempotency keys, which return the transfers already made. Only hosts with
 * an account that may receive payouts are paid (see {@code PayableRule}); the transfer goes to that account. What a
 * host owes back since their last payout (support refunds, disputes) is netted from the payout, which posts the net
 * amount, so HOST_PAYABLE ends at what the host is still owed.
 *
 * <p>Every step is one statement (or one batch) for the whole chunk, whatever the number of hosts or stays in
 * it; only the gateway calls are one per host, and they run in parallel ({@link ParallelTransfers}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HostPayouts {

    @Inject
    PayoutStore store;
    @Inject
    PayoutTransfers transfers;
    @Inject
    Clock clock;

    /** Returns how many payouts the chunk created and tried to transfer: none if nobody in its range could be paid. */
    public int payChunk(String runKey, Instant cutoff, HostKey first, HostKey last) {
        Instant now = clock.instant();
        store.createPayouts(runKey, cutoff, first, last, now);
        store.postToLedger(runKey, first, last, now);
        List<Payout> created = store.pending(runKey, first, last);
        transfers.transferAll(created, now);
        return created.size();
    }

}
