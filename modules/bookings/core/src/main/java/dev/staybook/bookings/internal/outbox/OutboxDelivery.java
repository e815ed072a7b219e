package dev.staybook.bookings.internal.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one batch of due entries in a transaction that locks them (SKIP LOCKED, so several instances
 * share the work without delivering twice at once). Each event goes to the CDI observers of the other
 * modules, which run in their own transactions and ignore events they have already handled. When an
 * event fails, the later events of the same aggregate wait, so that consumers see them in order.
 */
@ApplicationScoped
public class OutboxDelivery {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext(unitName = "bookings")
    EntityManager em;
    @Inject
    Event<IntegrationEvent> events;
    @Inject
    Clock clock;

    /** Delivers up to one batch; returns how many entries it handled (delivered or failed). */
    @Transactional
    public int deliverBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEntry> due = em.createNativeQuery("""
                select * from bookings.outbox
                where published_at is null and next_attempt_at <= :now
                order by occurred_at, event_id
                limit :batch
                for update skip locked""", OutboxEntry.class)
                .setParameter("now", clock.instant())
                .setParameter("batch", BATCH)
                .getResultList();
        Set<UUID> held = new HashSet<>();
        for (OutboxEntry entry : due) {
            if (held.contains(entry.aggregateId())) {
                continue;
            }
            try {
                events.fire(EventJson.read(entry.eventType(), entry.payload()));
                entry.published(clock.instant());
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Delivering " + entry.eventType() + " failed; will retry", failure);
                entry.failed(failure.toString(), clock.instant());
                held.add(entry.aggregateId());
            }
        }
        return due.size();
    }
}
