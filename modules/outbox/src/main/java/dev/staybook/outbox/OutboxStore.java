package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One module's outbox table ({@code <schema>.outbox}): entries are added in the caller's transaction and
 * delivered in batches that lock them with SKIP LOCKED, so several instances share the work without
 * delivering one entry twice at once. When an event fails, the later events of the same aggregate wait,
 * so that consumers see each aggregate's events in order.
 */
public final class OutboxStore {

    public static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(OutboxStore.class.getName());
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_]+");

    private final String dueEntries;
    private final EventTypes types;

    public OutboxStore(String schema, EventTypes types) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        this.types = types;
        this.dueEntries = "select * from " + schema + ".outbox where published_at is null and next_attempt_at <= :now"
                + " order by occurred_at, event_id limit " + BATCH + " for update skip locked";
    }

    /** Adds the event in the caller's transaction: it is delivered if and only if that transaction commits. */
    public void add(EntityManager em, IntegrationEvent event, UUID aggregateId) {
        em.persist(new OutboxEntry(event.eventId(), aggregateId, types.nameOf(event), types.write(event), event.occurredAt()));
    }

    /** Delivers up to one batch through {@code publish} (in the caller's transaction); returns how many it handled. */
    public int deliverBatch(EntityManager em, Consumer<IntegrationEvent> publish, Instant now) {
        @SuppressWarnings("unchecked")
        List<OutboxEntry> due = em.createNativeQuery(dueEntries, OutboxEntry.class).setParameter("now", now).getResultList();
        Set<UUID> held = new HashSet<>();
        for (OutboxEntry entry : due) {
            if (held.contains(entry.aggregateId())) {
                continue;
            }
            try {
                publish.accept(types.read(entry.eventType(), entry.payload()));
                entry.published(now);
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Delivering " + entry.eventType() + " failed; will retry", failure);
                entry.failed(failure.toString(), now);
                held.add(entry.aggregateId());
            }
        }
        return due.size();
    }
}
