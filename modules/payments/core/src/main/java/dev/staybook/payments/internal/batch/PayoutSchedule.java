package dev.staybook.payments.internal.batch;

import dev.staybook.kernel.SchemasMigrated;
import dev.staybook.kernel.schedule.RepeatingTask;
import dev.staybook.payments.internal.persistence.ScheduledRuns;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the payout run once a day at {@code staybook.payouts.run-at} (UTC) when
 * {@code staybook.payouts.schedule-enabled} is on. The schedule lives in the database: whichever
 * instance first records today's run starts it, and a restart after the hour still starts a missed run.
 * External schedulers can start runs instead, through Liberty's batch REST API (see the README).
 */
@ApplicationScoped
public class PayoutSchedule {

    static final String JOB = "host-payouts";
    private static final Logger LOG = Logger.getLogger(PayoutSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ScheduledRuns runs;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.payouts.schedule-enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "staybook.payouts.run-at", defaultValue = "02:00")
    LocalTime runAt;

    private RepeatingTask check;

    void start(@Observes SchemasMigrated migrated) {
        if (enabled) {
            check = RepeatingTask.every(scheduler, Duration.ofMinutes(1), LOG, "Could not start the scheduled payout run", this::startIfDue);
        }
    }

    private void startIfDue() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (LocalTime.now(clock.withZone(ZoneOffset.UTC)).isBefore(runAt) || !runs.claim(JOB, today.toString())) {
            return;
        }
        long execution = BatchRuntime.getJobOperator().start(JOB, PayoutRunParameters.from(today.toString(), null, clock.instant()).asJobParameters());
        runs.started(JOB, today.toString(), execution);
        LOG.info(() -> "Started the payout run for " + today + " as execution " + execution);
    }

    @PreDestroy
    void stop() {
        if (check != null) {
            check.stop();
        }
    }
}
