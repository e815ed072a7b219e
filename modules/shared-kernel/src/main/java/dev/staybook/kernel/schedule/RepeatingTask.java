package dev.staybook.kernel.schedule;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A task run on the server's (managed) scheduler with a fixed delay between runs, until stopped. A run that
 * fails is logged as a warning and the next one tries again: one bad run never ends the schedule.
 */
public final class RepeatingTask {

    private final ScheduledFuture<?> future;

    private RepeatingTask(ScheduledFuture<?> future) {
        this.future = future;
    }

    /** Starts {@code task} after one {@code interval} and then {@code interval} after each run ends. */
    public static RepeatingTask every(ScheduledExecutorService scheduler, Duration interval, Logger log, String failure,
                                      Runnable task) {
        Runnable safely = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.log(Level.WARNING, failure + "; the next run retries", e);
            }
        };
        return new RepeatingTask(scheduler.scheduleWithFixedDelay(safely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Cancels the runs to come; a run in progress finishes. */
    public void stop() {
        future.cancel(false);
    }
}
