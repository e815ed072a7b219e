package dev.staybook.reviews.internal.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.outbox.AbstractOutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Delivers the reviews outbox (see {@link AbstractOutboxRelay}). */
@ApplicationScoped
public class ReviewsOutboxRelay extends AbstractOutboxRelay {

    @PersistenceContext(unitName = "reviews")
    EntityManager em;
    @Inject
    Event<IntegrationEvent> events;
    @Inject
    Clock clock;
    @Inject
    ReviewsOutboxRelay self;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReviewsOutbox.Written written) {
        wakeUp();
    }

    @Override
    protected int deliverBatchInItsOwnTransaction() {
        return self.deliverBatch();
    }

    /** One batch in its own transaction (called through the proxy so the interceptor applies). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deliverBatch() {
        return ReviewEventTypes.OUTBOX.deliverBatch(em, events::fire, clock.instant());
    }
}
