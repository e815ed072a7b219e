package dev.staybook.kernel.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Tasks that wait on a remote service (gateway calls), run side by side: each of at most {@code lanes} threads takes
 * every lanes-th task, so no more than that many are in flight at once. Every lane ends before a failure is reported:
 * the caller then retries the tasks under the same idempotency keys, and must not race a lane still making them.
 */
public final class Lanes {

    private Lanes() {
    }

    /** Runs the tasks, at most {@code lanes} at a time (one lane: in turn, on this thread); throws the first failure as thrown. */
    public static void run(List<? extends Runnable> tasks, int lanes, ExecutorService executor) {
        int width = Math.max(1, Math.min(lanes, tasks.size()));
        if (width == 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        List<Future<?>> running = new ArrayList<>(width);
        for (int lane = 0; lane < width; lane++) {
            int first = lane;
            running.add(executor.submit(() -> {
                for (int i = first; i < tasks.size(); i += width) {
                    tasks.get(i).run();
                }
            }));
        }
        RuntimeException firstFailure = null;
        for (Future<?> lane : running) {
            RuntimeException failure = failureOf(lane);
            firstFailure = firstFailure == null ? failure : firstFailure;
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
    }

    private static RuntimeException failureOf(Future<?> lane) {
        try {
            lane.get();
            return null;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted while waiting for a lane", stopping);
        } catch (ExecutionException e) {
            // as the task threw it, so that callers see the same exception whether the tasks ran side by side or not
            return e.getCause() instanceof RuntimeException thrown ? thrown : new CompletionException("a lane failed", e.getCause());
        }
    }
}
