package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One module's inbox table ({@code <schema>.inbox}) of events it has handled. Recording an event in the
 * same transaction as its effect makes redelivery harmless: the second time, {@link #firstTime} is false
 * and nothing is done.
 */
public final class InboxStore {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_]+");

    private final String insert;

    public InboxStore(String schema) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        this.insert = "insert into " + schema + ".inbox (event_id, event_type, received_at) values (:id, :type, :at)"
                + " on conflict (event_id) do nothing";
    }

    /** Records the event in the caller's transaction; false if it was handled before. */
    public boolean firstTime(EntityManager em, IntegrationEvent event, Instant now) {
        return em.createNativeQuery(insert)
                .setParameter("id", event.eventId())
                .setParameter("type", event.getClass().getSimpleName())
                .setParameter("at", now)
                .executeUpdate() == 1;
    }
}
