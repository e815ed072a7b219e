package dev.staybook.payments.internal.batch;

import dev.staybook.payments.internal.application.PayoutRetries;
import dev.staybook.payments.internal.gateway.GatewayUnavailable;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run's first step: tries again the payouts whose transfers were refused and whose next attempt is
 * due, each in its own transaction. A gateway that cannot be reached leaves that payout for the next run
 * (its attempt was not used), without holding up the others or this run's new payouts.
 */
@Dependent
@Named("payoutRetryBatchlet")
public class PayoutRetryBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PayoutRetryBatchlet.class.getName());
    /** Far more than are ever refused at once; the rest wait for the next run. */
    private static final int MAX_PER_RUN = 10_000;

    @Inject
    PayoutRetries retries;
    @Inject
    Clock clock;

    @Override
    public String process() {
        Instant now = clock.instant();
        int tried = 0;
        for (UUID payout : retries.due(now, MAX_PER_RUN)) {
            try {
                retries.retry(payout, now);
                tried++;
            } catch (GatewayUnavailable unreachable) {
                LOG.log(Level.WARNING, "Payout " + payout + " was not retried: the gateway is unavailable", unreachable);
            }
        }
        int retried = tried;
        LOG.info(() -> "Retried " + retried + " refused payouts");
        return "RETRIED " + retried;
    }
}
