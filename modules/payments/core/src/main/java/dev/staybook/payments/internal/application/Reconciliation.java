package dev.staybook.payments.internal.application;

import dev.staybook.kernel.Money;
import dev.staybook.payments.internal.gateway.Gateways;
import dev.staybook.payments.internal.gateway.PaymentGateway;
import dev.staybook.payments.internal.persistence.ReconciliationStore;
import dev.staybook.payments.internal.persistence.ReconciliationStore.Difference;
import dev.staybook.payments.internal.persistence.ReconciliationStore.MovedPayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    ReconciliationStore store;
    @Inject
    Gateways gateways;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.payouts.reconciliation-window", defaultValue = "P2D")
    Duration window;

    /** Returns the number of differences found (also stored under the run). */
    public int run(String runKey, Instant cutoff) {
        List<Difference> differences = new ArrayList<>(store.unbalancedTransactions());
        List<MovedPayment> moved = store.paymentsMovedBetween(cutoff.minus(window), cutoff);
        for (MovedPayment payment : moved) {
            differences.addAll(compare(payment));
        }
        long transactions = store.ledgerTransactions();
        store.store(runKey, clock.instant(), moved.size(), (int) transactions, differences);
        LOG.info(() -> "Reconciliation %s: %d payments, %d ledger transactions, %d differences"
                .formatted(runKey, moved.size(), transactions, differences.size()));
        return differences.size();
    }

    private List<Difference> compare(MovedPayment payment) {
        String booking = payment.bookingId().toString();
        List<Difference> found = new ArrayList<>();
        expectEqual(found, "LEDGER_CAPTURE", booking, payment.captured(), payment.ledgerCaptured());
        expectEqual(found, "LEDGER_REFUND", booking, payment.refunded(), payment.ledgerRefunded());
        PaymentGateway.GatewayRecord atGateway = gateways.named(payment.gateway()).lookup(payment.gatewayReference());
        Currency currency = Currency.getInstance(payment.currency());
        expectEqual(found, "GATEWAY_CAPTURE", booking, Money.rounded(payment.captured(), currency).amount(), atGateway.captured().amount());
        expectEqual(found, "GATEWAY_REFUND", booking, Money.rounded(payment.refunded(), currency).amount(), atGateway.refunded().amount());
        return found;
    }

    private static void expectEqual(List<Difference> found, String kind, String subject, BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) != 0) {
            found.add(new Difference(kind, subject, expected.toPlainString(), actual.toPlainString()));
        }
    }
}
