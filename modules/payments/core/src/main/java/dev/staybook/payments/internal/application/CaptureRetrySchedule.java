package dev.staybook.payments.internal.application;

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

/**
 * Looks for due capture retries every {@code staybook.payments.capture-retry-check-interval}, on the
 * server's managed scheduler as the booking deadline sweep and the payout schedule do.
 */
@ApplicationScoped
public class CaptureRetrySchedule {

    private static final Logger LOG = Logger.getLogger(CaptureRetrySchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    CaptureRetries retries;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.payments.capture-retry-check-interval", defaultValue = "PT1M")
    Duration interval;

    private RepeatingTask schedule;

    void start(@Observes SchemasMigrated migrated) {
        schedule = RepeatingTask.every(scheduler, interval, LOG, "Retrying refused captures failed", () -> {
            Instant now = clock.instant();
            Batches.drain(CaptureRetries.BATCH, () -> retries.retryDue(now));
        });
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.stop();
        }
    }
}
