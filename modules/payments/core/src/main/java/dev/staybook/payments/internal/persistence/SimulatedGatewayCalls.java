package dev.staybook.payments.internal.persistence;

import dev.staybook.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** The simulated gateway's memory (table simulated_gateway_calls): one call per idempotency key, as a real gateway keeps. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SimulatedGatewayCalls {

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    /** What a key's call answered: the reference it made or was given, and its failure if it failed. */
    public record Recorded(String reference, String failure) {
    }

    /** What the gateway holds for a payment: captured and refunded in total. */
    public record Totals(Money captured, Money refunded) {
    }

    /**
     * Records the call unless its key was used before, and answers with what the key recorded: the new row, or (a repeat)
     * the one recorded first, read back only then.
     */
    public Recorded record(String key, String operation, String reference, Money amount, String failure, Instant at) {
        @SuppressWarnings("unchecked")
        List<Object[]> inserted = em.createNativeQuery("""
                insert into payments.simulated_gateway_calls (idempotency_key, operation, reference, amount, currency, failure, created_at)
                values (:key, :operation, :reference, :amount, :currency, :failure, :at) on conflict (idempotency_key) do nothing
                returning reference, failure""")
                .setParameter("key", key).setParameter("operation", operation).setParameter("reference", reference)
                .setParameter("amount", amount == null ? null : amount.amount())
                .setParameter("currency", amount == null ? null : amount.currency().getCurrencyCode())
                .setParameter("failure", failure).setParameter("at", at)
                .getResultList();
        Object[] recorded = inserted.isEmpty() ? recordedEarlier(key) : inserted.get(0);
        return new Recorded((String) recorded[0], (String) recorded[1]);
    }

    private Object[] recordedEarlier(String key) {
        return (Object[]) em.createNativeQuery(
                "select reference, failure from payments.simulated_gateway_calls where idempotency_key = :key")
                .setParameter("key", key).getSingleResult();
    }

    /** Lets the caller's transaction commit without waiting for PostgreSQL to flush its WAL to disk. */
    public void commitWithoutWaitingForFlush() {
        em.createNativeQuery("SET LOCAL synchronous_commit = off").executeUpdate();
    }

    public Totals totals(String reference) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select operation, coalesce(sum(amount), 0), max(currency) from payments.simulated_gateway_calls
                where reference = :reference and failure is null and operation in ('capture', 'refund')
                group by operation""").setParameter("reference", reference).getResultList();
        String currency = rows.isEmpty() ? "EUR" : (String) rows.get(0)[2];
        BigDecimal captured = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        for (Object[] row : rows) {
            if ("capture".equals(row[0])) {
                captured = (BigDecimal) row[1];
            } else {
                refunded = (BigDecimal) row[1];
            }
        }
        Currency code = Currency.getInstance(currency);
        return new Totals(Money.rounded(captured, code), Money.rounded(refunded, code));
    }
}
