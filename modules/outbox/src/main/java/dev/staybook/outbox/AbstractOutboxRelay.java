package dev.staybook.outbox;

import dev.staybook.kernel.SchemasMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Delivers a module's outbox to the other modules' observers (which run in their own transactions and
 * ignore events they have handled), right after each commit that wrote to it and every few seconds
 * anyway, which picks up retries and whatever a crash left behind. Each module's relay says how one batch
 * is delivered, in its persistence unit, and calls {@link #wakeUp()} after the commits that wrote to it.
 */
public abstract class AbstractOutboxRelay {

    private static final long CATCH_UP_SECONDS = 5;

    @Resource
    private ManagedExecutorService executor;
    @Resource
    private ManagedScheduledExecutorService scheduler;

    private RelayLoop loop;
    private ScheduledFuture<?> catchUp;

    /**
     * Delivers one batch in a transaction of its own, through the bean's proxy so that the transaction
     * interceptor applies; returns how many entries it handled.
     */
    protected abstract int deliverBatchInItsOwnTransaction();

    @PostConstruct
    protected void createLoop() {
        loop = new RelayLoop(this::deliverBatchInItsOwnTransaction);
    }

    protected void start(@Observes SchemasMigrated migrated) {
        catchUp = scheduler.scheduleWithFixedDelay(loop::run, CATCH_UP_SECONDS, CATCH_UP_SECONDS, TimeUnit.SECONDS);
    }

    /** Delivers what the commit that just happened wrote, unless a loop is already at it. */
    protected void wakeUp() {
        loop.requestPass();
        if (!loop.isRunning()) {
            executor.execute(loop::run);
        }
    }

    @PreDestroy
    protected void stop() {
        if (catchUp != null) {
            catchUp.cancel(false);
        }
    }
}
