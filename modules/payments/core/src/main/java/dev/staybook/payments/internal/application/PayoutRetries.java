package dev.staybook.payments.internal.application;

import dev.staybook.payments.internal.persistence.PayoutStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Retries of refused payouts, each in its own transaction so that one payout's trouble leaves the
 * others paid. A payout is claimed with a row lock that others skip: two runs never retry it together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PayoutRetries {

    @Inject
    PayoutStore store;
    @Inject
    PayoutTransfers transfers;

    /** The failed payouts whose next attempt is due at {@code now}, at most {@code limit}. */
    public List<UUID> due(Instant now, int limit) {
        return store.dueForRetry(now, limit);
    }

    /** Tries the payout's next transfer, unless another run took it or it is no longer due. */
    public void retry(UUID payoutId, Instant now) {
        store.claimRetry(payoutId, now).ifPresent(payout -> transfers.retry(payout, now));
    }
}
