package dev.staybook.reviews.internal.application;

import dev.staybook.kernel.SchemasMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closes ended review windows every {@code staybook.reviews.window-check-interval}, and on demand. */
@ApplicationScoped
public class ReviewWindowJob {

    private static final Logger LOG = Logger.getLogger(ReviewWindowJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ReviewWindows windows;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.reviews.window-check-interval", defaultValue = "PT5M")
    Duration interval;

    private ScheduledFuture<?> schedule;

    void start(@Observes SchemasMigrated migrated) {
        schedule = scheduler.scheduleWithFixedDelay(this::runSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Closes every due window, batch after batch; returns how many stays were closed. */
    public Result runNow() {
        Instant now = clock.instant();
        int total = 0;
        int closed;
        do {
            closed = windows.closeDue(now);
            total += closed;
        } while (closed == ReviewWindows.BATCH);
        return new Result(total);
    }

    private void runSafely() {
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing review windows failed; the next run retries", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** How many stays' windows were closed. */
    @Schema(name = "ReviewWindowsRun", description = "What a run of the review-window job closed")
    public record Result(int closedWindows) {
    }
}
