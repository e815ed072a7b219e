package dev.staybook.payments.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What reconciliation reads from the payments and the ledger, and the runs and differences it records. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReconciliationStore {

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    /** One disagreement: what was expected of a subject and what was found. */
    public record Difference(String kind, String subject, String expected, String actual) {
    }

    /** A payment that moved money, with what the ledger recorded for it. */
    public record MovedPayment(UUID bookingId, String gateway, String gatewayReference, String currency, BigDecimal captured,
                               BigDecimal refunded, BigDecimal ledgerCaptured, BigDecimal ledgerRefunded) {
    }

    /** Ledger transactions whose entries do not add up to zero. */
    public List<Difference> unbalancedTransactions() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select transaction_id, sum(case side when 'DEBIT' then amount else -amount end)
                from payments.ledger_entries group by transaction_id
                having sum(case side when 'DEBIT' then amount else -amount end) <> 0""").getResultList();
        return rows.stream().map(r -> new Difference("LEDGER_UNBALANCED", r[0].toString(), "0", r[1].toString())).toList();
    }

    /** Payments captured or refunded between the two instants, with what the ledger recorded for them. */
    public List<MovedPayment> paymentsMovedBetween(Instant from, Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.booking_id, p.gateway, p.gateway_reference, p.currency, p.captured_amount, p.refunded_amount,
                       coalesce(sum(e.amount) filter (where e.account = 'GUEST_PAYMENTS' and e.side = 'DEBIT'), 0),
                       coalesce(sum(e.amount) filter (where e.account = 'REFUNDS' and e.side = 'CREDIT'), 0)
                from payments.payments p
                left join payments.ledger_transactions t on t.booking_id = p.booking_id
                left join payments.ledger_entries e on e.transaction_id = t.id
                where p.updated_at >= :from and p.updated_at < :cutoff and p.captured_amount > 0
                group by p.booking_id, p.gateway, p.gateway_reference, p.currency, p.captured_amount, p.refunded_amount""")
                .setParameter("from", from).setParameter("cutoff", cutoff).getResultList();
        return rows.stream().map(r -> new MovedPayment((UUID) r[0], (String) r[1], (String) r[2], ((String) r[3]).strip(),
                (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6], (BigDecimal) r[7])).toList();
    }

    public long ledgerTransactions() {
        return ((Number) em.createNativeQuery("select count(*) from payments.ledger_transactions").getSingleResult()).longValue();
    }

    /** Records the run (replacing an earlier one of the same key) with its differences. */
    public void store(String runKey, Instant checkedAt, int payments, int transactions, List<Difference> differences) {
        em.createNativeQuery("delete from payments.reconciliation_runs where run_key = :run").setParameter("run", runKey).executeUpdate();
        em.createNativeQuery("""
                insert into payments.reconciliation_runs (run_key, checked_at, payments, transactions, differences)
                values (:run, :at, :payments, :transactions, :differences)""")
                .setParameter("run", runKey).setParameter("at", checkedAt).setParameter("payments", payments)
                .setParameter("transactions", transactions).setParameter("differences", differences.size()).executeUpdate();
        for (Difference d : differences) {
            em.createNativeQuery("""
                    insert into payments.reconciliation_differences (run_key, kind, subject, expected, actual)
                    values (:run, :kind, :subject, :expected, :actual)""")
                    .setParameter("run", runKey).setParameter("kind", d.kind()).setParameter("subject", d.subject())
                    .setParameter("expected", d.expected()).setParameter("actual", d.actual()).executeUpdate();
        }
    }
}
