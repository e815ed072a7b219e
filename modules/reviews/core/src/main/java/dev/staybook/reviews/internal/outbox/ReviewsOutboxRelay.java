package dev.staybook.reviews.internal.outbox;

import dev.staybook.kernel.SchemasMigrated;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.outbox.RelayLoop;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Delivers the reviews outbox to the other modules' observers (which run in their own transactions and
 * ignore events they have handled), right after each commit that wrote to it and every few seconds
 * anyway, which picks up retries and whatever a crash left behind.
 */
@ApplicationScoped
public class ReviewsOutboxRelay {

    private static final long CATCH_UP_SECONDS = 5;

    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @PersistenceContext(unitName = "reviews")
    EntityManager em;
    @Inject
    Event<IntegrationEvent> events;
    @Inject
    Clock clock;
    @Inject
    ReviewsOutboxRelay self;

    private RelayLoop loop;
    private ScheduledFuture<?> catchUp;

    @PostConstruct
    void createLoop() {
        loop = new RelayLoop(() -> self.deliverBatch());
    }

    void start(@Observes SchemasMigrated migrated) {
        catchUp = scheduler.scheduleWithFixedDelay(loop::run, CATCH_UP_SECONDS, CATCH_UP_SECONDS, TimeUnit.SECONDS);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReviewsOutbox.Written written) {
        loop.requestPass();
        if (!loop.isRunning()) {
            executor.execute(loop::run);
        }
    }

    /** One batch in its own transaction (called through the proxy so the interceptor applies). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deliverBatch() {
        return ReviewEventTypes.OUTBOX.deliverBatch(em, events::fire, clock.instant());
    }

    @PreDestroy
    void stop() {
        if (catchUp != null) {
            catchUp.cancel(false);
        }
    }
}
