package dev.staybook.payments.internal.persistence;

import dev.staybook.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Changes to a host's share of a stay that was already paid out (table host_balance_adjustments): negative when
 * the host owes money back (a support refund, a dispute hold), positive when it is owed again (a won dispute).
 * The ledger's HOST_PAYABLE carries the same amounts; an adjustment without a payout is still to be netted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HostBalances {

    /** Why a paid-out share changed. */
    public enum Cause {
        SUPPORT_REFUND, DISPUTE_HOLD, DISPUTE_RELEASE
    }

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    public void adjust(UUID hostId, Money amount, Cause cause, UUID bookingId, UUID id, Instant now) {
        if (amount.isZero()) {
            return;
        }
        em.createNativeQuery("""
                insert into payments.host_balance_adjustments (id, host_id, currency, amount, cause, booking_id, created_at)
                values (:id, :host, :currency, :amount, :cause, :booking, :now)""")
                .setParameter("id", id).setParameter("host", hostId).setParameter("currency", amount.currency().getCurrencyCode())
                .setParameter("amount", amount.amount()).setParameter("cause", cause.name()).setParameter("booking", bookingId)
                .setParameter("now", now).executeUpdate();
    }
}
