package dev.staybook.bookings.internal.application;

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
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Runs the deadline transitions every {@code staybook.bookings.sweep-interval}, and on demand. */
@ApplicationScoped
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    BookingDeadlines deadlines;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.bookings.sweep-interval", defaultValue = "PT30S")
    Duration interval;

    private RepeatingTask schedule;

    void start(@Observes SchemasMigrated migrated) {
        schedule = RepeatingTask.every(scheduler, interval, LOG, "The booking deadline sweep failed", this::runNow);
    }

    /** Runs every transition until nothing is due, in order: a stay past its check-out checks in, then completes. */
    public Result runNow() {
        Instant now = clock.instant();
        return new Result(drain(deadlines::expireUnpaid, now), drain(deadlines::expireUnanswered, now),
                drain(deadlines::checkIn, now), drain(deadlines::complete, now));
    }

    private static int drain(Function<Instant, Integer> step, Instant now) {
        return Batches.drain(BookingDeadlines.BATCH, () -> step.apply(now));
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.stop();
        }
    }

    /** How many bookings each transition moved. */
    @Schema(name = "BookingDeadlinesRun", description = "What a sweep of booking deadlines changed",
            requiredProperties = {"expiredUnpaid", "expiredUnanswered", "checkedIn", "completed"})
    public record Result(int expiredUnpaid, int expiredUnanswered, int checkedIn, int completed) {
    }
}
