package dev.staybook.payments.internal.application;

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

    private ScheduledFuture<?> schedule;

    void start(@Observes SchemasMigrated migrated) {
        schedule = scheduler.scheduleWithFixedDelay(this::retryDueSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void retryDueSafely() {
        try {
            Instant now = clock.instant();
            while (retries.retryDue(now) == CaptureRetries.BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retrying refused captures failed; the next check retries", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
