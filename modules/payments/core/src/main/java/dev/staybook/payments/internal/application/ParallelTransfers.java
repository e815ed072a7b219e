package dev.staybook.payments.internal.application;

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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
        int lanes = Math.max(1, Math.min(parallelism, payouts.size()));
        if (lanes == 1) {
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = call(payouts.get(i));
            }
            return Arrays.asList(outcomes);
        }
        // each lane takes every lanes-th payout, so no more than `lanes` calls are in flight at once
        List<Future<?>> running = new ArrayList<>(lanes);
        for (int lane = 0; lane < lanes; lane++) {
            int first = lane;
            running.add(executor.submit(() -> {
                for (int i = first; i < outcomes.length; i += lanes) {
                    outcomes[i] = call(payouts.get(i));
                }
            }));
        }
        for (Future<?> lane : running) {
            await(lane);
        }
        return Arrays.asList(outcomes);
    }

    private GatewayOutcome call(Payout payout) {
        return payout.hasDestination()
                ? gateways.named(payout.gateway()).payout(payout.destination(), payout.amount(), payout.transferKey())
                : GatewayOutcome.failed(null, Payout.NO_ACCOUNT);
    }

    private static void await(Future<?> lane) {
        try {
            lane.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for payout transfers", e);
        } catch (ExecutionException e) {
            // as the call threw it, so a caller sees GatewayUnavailable whether the calls ran in parallel or not
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw new CompletionException("a payout transfer failed", e.getCause());
        }
    }
}
