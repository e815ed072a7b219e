package dev.staybook.reviews.internal.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * The reviews module's outbox and inbox, in the caller's transaction: a fact is announced if and
 * only if it commits, and an event is acted on only the first time it arrives.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewsOutbox {

    @PersistenceContext(unitName = "reviews")
    EntityManager em;
    @Inject
    Event<Written> written;
    @Inject
    Clock clock;

    public void add(IntegrationEvent event, UUID aggregateId) {
        ReviewEventTypes.OUTBOX.add(em, event, aggregateId);
        written.fire(new Written());
    }

    /** True the first time this event is seen; records it, so a redelivery returns false. */
    public boolean firstTime(IntegrationEvent event) {
        return ReviewEventTypes.INBOX.firstTime(em, event, clock.instant());
    }

    /** Fired when an entry is added, so the relay starts once the transaction commits. */
    public record Written() {
    }
}
