package dev.staybook.payments.internal.gateway;

import dev.staybook.kernel.Money;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import dev.staybook.payments.internal.persistence.SimulatedGatewayCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A gateway that needs no network, the default when no Stripe key is configured. It behaves like a real
 * one where it matters: each call is recorded under its idempotency key in its own transaction (a real
 * provider keeps a charge even if our transaction rolls back), repeats return the recorded outcome, and
 * authorizations above {@code staybook.payments.simulated.decline-above} are declined, and those above
 * {@code staybook.payments.simulated.require-action-above} wait for the guest (as with 3-D Secure) until
 * a signed webhook reports the outcome, exactly as Stripe does. Captures of exactly
 * {@code staybook.payments.simulated.refuse-capture-of} are refused, every time (an exact amount, so that
 * tests reach it only on purpose, below the thresholds above: the authorization before it succeeds). Likewise
 * payouts of exactly {@code staybook.payments.simulated.refuse-payout-of} are refused, every time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SimulatedGateway implements PaymentGateway {

    public static final String NAME = "simulated";

    @Inject
    SimulatedGatewayCalls calls;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.payments.simulated.decline-above")
    Optional<BigDecimal> declineAbove;
    @Inject
    @ConfigProperty(name = "staybook.payments.simulated.require-action-above")
    Optional<BigDecimal> requireActionAbove;
    @Inject
    @ConfigProperty(name = "staybook.payments.simulated.refuse-capture-of")
    Optional<BigDecimal> refuseCaptureOf;
    @Inject
    @ConfigProperty(name = "staybook.payments.simulated.refuse-payout-of")
    Optional<BigDecimal> refusePayoutOf;
    @Inject
    @ConfigProperty(name = "staybook.payments.simulated.latency", defaultValue = "PT0S")
    Duration latency;

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
        boolean refused = refuseCaptureOf.filter(magic -> amount.amount().compareTo(magic) == 0).isPresent();
        return call(key, "capture", reference, amount, refused ? "capture_refused" : null);
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
        boolean refused = refusePayoutOf.filter(magic -> amount.amount().compareTo(magic) == 0).isPresent();
        return call(key, "payout", "sim_tr_" + UUID.randomUUID(), amount, refused ? "account_closed" : null);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public GatewayRecord lookup(String reference) {
        SimulatedGatewayCalls.Totals totals = calls.totals(reference);
        return new GatewayRecord(reference, totals.captured(), totals.refunded());
    }

    /**
     * Records the call once per key, in this call's own transaction, and answers with what was recorded. The simulation
     * stands for a remote service, so that transaction need not wait for the WAL to reach the disk: every caller commits
     * after it, so a crash that loses the record loses the caller's work too, which then calls again with the same key.
     * A booking's authorization and capture each committed here, waited for by the batch of deliveries that called.
     */
    private GatewayOutcome call(String key, String operation, String reference, Money amount, String failure) {
        waitAsARemoteProviderWould();
        calls.commitWithoutWaitingForFlush();
        SimulatedGatewayCalls.Recorded recorded = calls.record(key, operation, reference, amount, failure, clock.instant());
        return recorded.failure() == null ? GatewayOutcome.succeeded(recorded.reference())
                : GatewayOutcome.failed(recorded.reference(), recorded.failure());
    }

    /** A remote provider answers after a network round trip and its own work; before any statement, so no connection waits. */
    private void waitAsARemoteProviderWould() {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailable("the simulated gateway was interrupted", stopping);
        }
    }
}
