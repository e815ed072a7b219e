package dev.staybook.listings.internal.application;

import dev.staybook.kernel.SchemasMigrated;
import dev.staybook.kernel.schedule.Batches;
import dev.staybook.kernel.schedule.RepeatingTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for subscriptions due a sync every {@code staybook.listings.calendar-sync.check-interval}, on the server's
 * managed scheduler as the other periodic work does; each is synced every {@code staybook.listings.calendar-sync.interval}.
 */
@ApplicationScoped
public class CalendarSyncSchedule {

    private static final Logger LOG = Logger.getLogger(CalendarSyncSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    SubscriptionSync sync;
    @Inject
    @ConfigProperty(name = "staybook.listings.calendar-sync.check-interval", defaultValue = "PT1M")
    Duration interval;

    private RepeatingTask schedule;

    void start(@Observes SchemasMigrated migrated) {
        schedule = RepeatingTask.every(scheduler, interval, LOG, "Syncing subscribed calendars failed",
                () -> Batches.drain(SubscriptionSync.BATCH, sync::syncDue));
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.stop();
        }
    }
}
