package dev.staybook.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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
        makeAll(calls, parallelism, executor);
        calls.forEach(RemoteCall::complete);
    }

    /** Each lane makes every {@code lanes}-th call, so that no more than {@code lanes} are in flight at once. */
    static void makeAll(List<RemoteCall<?>> calls, int parallelism, ExecutorService executor) {
        int lanes = Math.max(1, Math.min(parallelism, calls.size()));
        if (lanes == 1) {
            calls.forEach(RemoteCall::make);
            return;
        }
        List<Future<?>> running = new ArrayList<>(lanes);
        for (int lane = 0; lane < lanes; lane++) {
            int first = lane;
            running.add(executor.submit(() -> {
                for (int i = first; i < calls.size(); i += lanes) {
                    calls.get(i).make();
                }
            }));
        }
        // every lane ends before the batch fails: its deliveries are then tried alone, and must not race a lane still
        // making their calls with the same keys
        RuntimeException first = null;
        for (Future<?> lane : running) {
            RuntimeException failure = failureOf(lane);
            first = first == null ? failure : first;
        }
        if (first != null) {
            throw first;
        }
    }

    private static RuntimeException failureOf(Future<?> lane) {
        try {
            lane.get();
            return null;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted while waiting for remote calls", stopping);
        } catch (ExecutionException e) {
            // as the call threw it: the batch fails as it would have with the calls made one after another
            return e.getCause() instanceof RuntimeException thrown ? thrown : new CompletionException("a remote call failed", e.getCause());
        }
    }
}
