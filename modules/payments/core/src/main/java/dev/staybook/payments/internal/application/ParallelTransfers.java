package dev.staybook.payments.internal.application;

import dev.staybook.kernel.concurrent.Lanes;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import dev.staybook.payments.internal.domain.Payout;
import dev.staybook.payments.internal.gateway.Gateways;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway calls of a chunk's transfers, at most {@code staybook.payouts.transfer-parallelism} at a time on the
 * server's managed executor. A gateway call commits on its own (the provider keeps a transfer whatever our
 * transaction does), so it needs none of the chunk's transaction; each carries its payout attempt's idempotency key,
 * so a chunk that fails after some calls and runs again gets the same transfers back, never new ones.
 */
@ApplicationScoped
public class ParallelTransfers {

    @Resource
    ManagedExecutorService executor;
    @Inject
    Gateways gateways;
    @Inject
    @ConfigProperty(name = "staybook.payouts.transfer-parallelism", defaultValue = "8")
    int parallelism;

    /** The gateway's answer to each payout's transfer, in the order of {@code payouts}. */
    public List<GatewayOutcome> transfer(List<Payout> payouts) {
        GatewayOutcome[] outcomes = new GatewayOutcome[payouts.size()];
        List<Runnable> transfers = new ArrayList<>(payouts.size());
        for (int i = 0; i < outcomes.length; i++) {
            int index = i;
            transfers.add(() -> outcomes[index] = call(payouts.get(index)));
        }
        Lanes.run(transfers, parallelism, executor);
        return Arrays.asList(outcomes);
    }

    private GatewayOutcome call(Payout payout) {
        return payout.hasDestination()
                ? gateways.named(payout.gateway()).payout(payout.destination(), payout.amount(), payout.transferKey())
                : GatewayOutcome.failed(null, Payout.NO_ACCOUNT);
    }
}
