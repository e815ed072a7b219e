package dev.staybook.bookings.internal.outbox;

import dev.staybook.kernel.SchemasMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts delivery as soon as a transaction that wrote to the outbox commits, and every few seconds
 * anyway, which picks up retries and whatever a crash left behind. At most one delivery loop runs per
 * instance at a time; a write during a loop schedules one more pass.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final long CATCH_UP_SECONDS = 5;

    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    OutboxDelivery delivery;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private ScheduledFuture<?> catchUp;

    void start(@Observes SchemasMigrated migrated) {
        catchUp = scheduler.scheduleWithFixedDelay(this::deliverAll, CATCH_UP_SECONDS, CATCH_UP_SECONDS, TimeUnit.SECONDS);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        again.set(true);
        if (!running.get()) {
            executor.execute(this::deliverAll);
        }
    }

    /** Delivers until nothing is due; safe to call from any thread at any time. */
    public void deliverAll() {
        do {
            if (!running.compareAndSet(false, true)) {
                again.set(true); // the running loop will make one more pass
                return;
            }
            try {
                again.set(false);
                drain();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox delivery stopped; the next pass retries", e);
                return;
            } finally {
                running.set(false);
            }
        } while (again.get());
    }

    private void drain() {
        while (delivery.deliverBatch() == OutboxDelivery.BATCH) {
            // a full batch: there may be more
        }
    }

    @PreDestroy
    void stop() {
        if (catchUp != null) {
            catchUp.cancel(false);
        }
    }
}
