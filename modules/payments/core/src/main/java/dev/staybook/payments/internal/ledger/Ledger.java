package dev.staybook.payments.internal.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Writes postings in the caller's transaction, so a money movement and its record commit together. The
 * tables are append-only and a deferred trigger re-checks that each transaction balances at commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {

    @PersistenceContext(unitName = "payments")
    EntityManager em;
    @Inject
    Clock clock;

    public void post(Posting posting) {
        em.createNativeQuery("""
                insert into payments.ledger_transactions (id, kind, booking_id, payout_id, currency, occurred_at)
                values (:id, :kind, :booking, :payout, :currency, :at)""")
                .setParameter("id", posting.id()).setParameter("kind", posting.kind().name())
                .setParameter("booking", posting.bookingId()).setParameter("payout", posting.payoutId())
                .setParameter("currency", posting.currency().getCurrencyCode()).setParameter("at", clock.instant())
                .executeUpdate();
        List<Entry> entries = posting.entries();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            em.createNativeQuery("""
                    insert into payments.ledger_entries (transaction_id, position, account, side, amount)
                    values (:tx, :position, :account, :side, :amount)""")
                    .setParameter("tx", posting.id()).setParameter("position", i)
                    .setParameter("account", entry.account().name()).setParameter("side", entry.side().name())
                    .setParameter("amount", entry.amount().amount())
                    .executeUpdate();
        }
    }
}
