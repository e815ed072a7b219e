package dev.staybook.payments.internal.gateway;

import dev.staybook.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A gateway that needs no network, the default when no Stripe key is configured. It behaves like a real
 * one where it matters: each call is recorded under its idempotency key in its own transaction (a real
 * provider keeps a charge even if our transaction rolls back), repeats return the recorded outcome, and
 * authorizations above {@code staybook.payments.simulated.decline-above} are declined, and those above
 * {@code staybook.payments.simulated.require-action-above} wait for the guest (as with 3-D Secure) until
 * a signed webhook reports the outcome, exactly as Stripe does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SimulatedGateway implements PaymentGateway {

    public static final String NAME = "simulated";

    @PersistenceContext(unitName = "payments")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.payments.simulated.decline-above")
    Optional<BigDecimal> declineAbove;
    @Inject
    @ConfigProperty(name = "staybook.payments.simulated.require-action-above")
    Optional<BigDecimal> requireActionAbove;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GatewayOutcome authorize(String description, Money amount, String key) {
        boolean declined = declineAbove.filter(limit -> amount.amount().compareTo(limit) > 0).isPresent();
        GatewayOutcome outcome = call(key, "authorize", "sim_pi_" + UUID.randomUUID(), amount, declined ? "card_declined" : null);
        boolean needsGuest = requireActionAbove.filter(limit -> amount.amount().compareTo(limit) > 0).isPresent();
        return needsGuest && outcome.succeeded()
                ? GatewayOutcome.actionRequired(outcome.reference(), outcome.reference() + "_secret") : outcome;
    }

    @Override
    public GatewayOutcome capture(String reference, Money amount, String key) {
        return call(key, "capture", reference, amount, null);
    }

    @Override
    public GatewayOutcome voidAuthorization(String reference, String key) {
        return call(key, "void", reference, null, null);
    }

    @Override
    public GatewayOutcome refund(String reference, Money amount, String key) {
        return call(key, "refund", reference, amount, null);
    }

    @Override
    public GatewayOutcome payout(String hostReference, Money amount, String key) {
        return call(key, "payout", "sim_tr_" + UUID.randomUUID(), amount, null);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public GatewayRecord lookup(String reference) {
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
        return new GatewayRecord(reference, Money.rounded(captured, code), Money.rounded(refunded, code));
    }

    /** Records the call once per key and answers with what was recorded. */
    private GatewayOutcome call(String key, String operation, String reference, Money amount, String failure) {
        em.createNativeQuery("""
                insert into payments.simulated_gateway_calls (idempotency_key, operation, reference, amount, currency, failure, created_at)
                values (:key, :operation, :reference, :amount, :currency, :failure, :at) on conflict (idempotency_key) do nothing""")
                .setParameter("key", key).setParameter("operation", operation).setParameter("reference", reference)
                .setParameter("amount", amount == null ? null : amount.amount())
                .setParameter("currency", amount == null ? null : amount.currency().getCurrencyCode())
                .setParameter("failure", failure).setParameter("at", clock.instant())
                .executeUpdate();
        Object[] recorded = (Object[]) em.createNativeQuery(
                "select reference, failure from payments.simulated_gateway_calls where idempotency_key = :key")
                .setParameter("key", key).getSingleResult();
        String recordedReference = (String) recorded[0];
        return recorded[1] == null ? GatewayOutcome.succeeded(recordedReference)
                : GatewayOutcome.failed(recordedReference, (String) recorded[1]);
    }
}
