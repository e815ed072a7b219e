package dev.staybook.outbox;

import dev.staybook.kernel.concurrent.Lanes;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the remote calls of one batch, at most {@code staybook.events.parallel-calls} at a time on the managed executor,
 * then completes them in order on the caller's thread. Measured with a gateway answering after 200 ms: one call after
 * another, the subscriber that authorizes and captures payments managed about 15 deliveries a second on its three
 * workers (modules/benchmarks/results/confirmations-remote-gateway.md).
 */
@ApplicationScoped
public class RemoteCalls {

    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "staybook.events.parallel-calls", defaultValue = "20")
    int parallelism;

    void makeAndComplete(List<RemoteCall<?>> calls) {
        makeAndComplete(calls, parallelism, executor);
    }

    /** Completes nothing unless every call answered: a failed call fails the batch as it threw. */
    static void makeAndComplete(List<RemoteCall<?>> calls, int parallelism, ExecutorService executor) {
        Lanes.run(calls.stream().map(call -> (Runnable) call::make).toList(), parallelism, executor);
        calls.forEach(RemoteCall::complete);
    }
}
