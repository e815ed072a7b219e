package dev.staybook.messaging.internal.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Records an event in the caller's transaction: it is delivered if and only if the change that caused
 * it commits. Delivery starts right after the commit ({@link MessagingOutboxRelay}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MessagingOutbox {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;
    @Inject
    Event<OutboxWritten> written;

    public void add(IntegrationEvent event, UUID aggregateId) {
        MessagingEventTypes.STORE.add(em, event, aggregateId);
        written.fire(new OutboxWritten());
    }

    /** Fired when an entry is added, so the relay starts once the transaction commits. */
    public record OutboxWritten() {
    }
}
