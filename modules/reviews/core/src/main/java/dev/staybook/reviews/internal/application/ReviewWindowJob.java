package dev.staybook.reviews.internal.application;

import dev.staybook.kernel.SchemasMigrated;
import dev.staybook.kernel.schedule.Batches;
import dev.staybook.kernel.schedule.RepeatingTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    private RepeatingTask schedule;

    void start(@Observes SchemasMigrated migrated) {
        schedule = RepeatingTask.every(scheduler, interval, LOG, "Closing review windows failed", this::runNow);
    }

    /** Closes every due window, batch after batch; returns how many stays were closed. */
    public Result runNow() {
        Instant now = clock.instant();
        return new Result(Batches.drain(ReviewWindows.BATCH, () -> windows.closeDue(now)));
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.stop();
        }
    }

    /** How many stays' windows were closed. */
    @Schema(name = "ReviewWindowsRun", description = "What a run of the review-window job closed", requiredProperties = "closedWindows")
    public record Result(int closedWindows) {
    }
}
