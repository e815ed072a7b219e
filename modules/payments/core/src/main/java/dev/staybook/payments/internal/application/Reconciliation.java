package dev.staybook.payments.internal.application;

import dev.staybook.kernel.Money;
import dev.staybook.payments.internal.gateway.Gateways;
import dev.staybook.payments.internal.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks that the books agree: every ledger transaction balances; for the payments that moved in the
 * window before the cutoff, the ledger holds exactly what each payment says was captured and refunded;
 * and the gateway holds the same. Differences are stored with the run and reported, not corrected:
 * money is fixed by a person, with a correcting posting.
 */
@ApplicationScoped
@Transactional
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());

    @PersistenceContext(unitName = "payments")
    EntityManager em;
    @Inject
    Gateways gateways;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.payouts.reconciliation-window", defaultValue = "P2D")
    Duration window;

    record Difference(String kind, String subject, String expected, String actual) {
    }

    /** Returns the number of differences found (also stored under the run). */
    public int run(String runKey, Instant cutoff) {
        List<Difference> differences = new ArrayList<>(unbalancedTransactions());
        List<Object[]> moved = paymentsMovedBefore(cutoff);
        for (Object[] payment : moved) {
            differences.addAll(compare(payment));
        }
        long transactions = ((Number) em.createNativeQuery("select count(*) from payments.ledger_transactions").getSingleResult()).longValue();
        store(runKey, moved.size(), (int) transactions, differences);
        LOG.info(() -> "Reconciliation %s: %d payments, %d ledger transactions, %d differences"
                .formatted(runKey, moved.size(), transactions, differences.size()));
        return differences.size();
    }

    private List<Difference> unbalancedTransactions() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select transaction_id, sum(case side when 'DEBIT' then amount else -amount end)
                from payments.ledger_entries group by transaction_id
                having sum(case side when 'DEBIT' then amount else -amount end) <> 0""").getResultList();
        return rows.stream().map(r -> new Difference("LEDGER_UNBALANCED", r[0].toString(), "0", r[1].toString())).toList();
    }

    /** Payments captured or refunded in the window, with what the ledger recorded for them. */
    private List<Object[]> paymentsMovedBefore(Instant cutoff) {
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
                .setParameter("from", cutoff.minus(window)).setParameter("cutoff", cutoff).getResultList();
        return rows;
    }

    private List<Difference> compare(Object[] row) {
        String booking = row[0].toString();
        List<Difference> found = new ArrayList<>();
        expectEqual(found, "LEDGER_CAPTURE", booking, (BigDecimal) row[4], (BigDecimal) row[6]);
        expectEqual(found, "LEDGER_REFUND", booking, (BigDecimal) row[5], (BigDecimal) row[7]);
        PaymentGateway.GatewayRecord atGateway = gateways.named((String) row[1]).lookup((String) row[2]);
        Currency currency = Currency.getInstance(((String) row[3]).strip());
        expectEqual(found, "GATEWAY_CAPTURE", booking, Money.rounded((BigDecimal) row[4], currency).amount(), atGateway.captured().amount());
        expectEqual(found, "GATEWAY_REFUND", booking, Money.rounded((BigDecimal) row[5], currency).amount(), atGateway.refunded().amount());
        return found;
    }

    private static void expectEqual(List<Difference> found, String kind, String subject, BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) != 0) {
            found.add(new Difference(kind, subject, expected.toPlainString(), actual.toPlainString()));
        }
    }

    private void store(String runKey, int payments, int transactions, List<Difference> differences) {
        em.createNativeQuery("delete from payments.reconciliation_runs where run_key = :run").setParameter("run", runKey).executeUpdate();
        em.createNativeQuery("""
                insert into payments.reconciliation_runs (run_key, checked_at, payments, transactions, differences)
                values (:run, :at, :payments, :transactions, :differences)""")
                .setParameter("run", runKey).setParameter("at", clock.instant()).setParameter("payments", payments)
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
