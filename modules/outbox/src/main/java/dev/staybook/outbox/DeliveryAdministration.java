package dev.staybook.outbox;

import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * What administrators do with deliveries: list them by state (parked ones with their last error), retry
 * one (due at once; one more failure parks it again) or dismiss it (never delivered). Each change is one
 * statement, committed before the workers are told.
 */
@ApplicationScoped
public class DeliveryAdministration {

    private static final String COLUMNS = """
            SELECT d.id, d.event_id, e.event_type, e.publisher, d.aggregate_id, d.subscriber, d.state, d.attempts,
                d.last_error, d.next_attempt_at, e.occurred_at, d.settled_at, d.handled_by
            FROM outbox.deliveries d JOIN outbox.events e ON e.id = d.event_id""";
    /**
     * Not a dismissed delivery of an event with erasable properties (secrets, personal data): they are erased once no
     * delivery of the event waits (the workers' sweep), and it would go without them. Refused whether or not the sweep
     * has run yet, so that a retry can never race it; a parked delivery still counts as waiting and keeps them.
     */
    private static final String RETRY = """
            UPDATE outbox.deliveries d SET state = 'PENDING', next_attempt_at = now(), settled_at = NULL
            WHERE d.id = ? AND d.state <> 'DELIVERED'
              AND NOT (d.state = 'DISMISSED' AND EXISTS (SELECT 1 FROM outbox.events e WHERE e.id = d.event_id AND e.secrets IS NOT NULL))""";
    private static final String DISMISS = """
            UPDATE outbox.deliveries SET state = 'DISMISSED', settled_at = now()
            WHERE id = ? AND state IN ('PENDING', 'PARKED')""";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;
    @Inject
    DeliveryWorkers workers;
    @Inject
    Subscribers subscribers;

    /**
     * Deliveries in the state, newest first, optionally of one subscriber, before a keyset position (a delivery id). A
     * subscriber name that is none of the registered ones is refused: a misspelt one would list nothing, as if all were well.
     */
    public List<EventDelivery> page(DeliveryState state, String subscriber, Long before, int limit) {
        if (subscriber != null && subscribers.named(subscriber).isEmpty()) {
            throw InvalidInput.field("subscriber", "must be one of " + subscribers.names());
        }
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE d.state = ?");
        List<Object> parameters = new ArrayList<>(List.of(state.name()));
        if (subscriber != null) {
            sql.append(" AND d.subscriber = ?");
            parameters.add(subscriber);
        }
        if (before != null) {
            sql.append(" AND d.id < ?");
            parameters.add(before);
        }
        sql.append(" ORDER BY d.id DESC LIMIT ?");
        parameters.add(limit);
        return query(sql.toString(), parameters);
    }

    public EventDelivery find(long id) {
        return query(COLUMNS + " WHERE d.id = ?", List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFound("delivery-not-found", "There is no such event delivery."));
    }

    /** Makes the delivery due now; refused if it was delivered, or dismissed with erasable properties in its event. */
    public EventDelivery retry(long id) {
        EventDelivery delivery = settle(id, RETRY, state -> state == DeliveryState.DELIVERED
                ? "It was delivered already: retrying would deliver it twice."
                : "It was dismissed and its event carries secrets or personal data, erased once no delivery waits for them:"
                        + " it cannot go any more.");
        workers.wake(delivery.subscriber());
        return delivery;
    }

    /** Gives the delivery up for good (later ones it held back may go now); a delivered one is refused. */
    public EventDelivery dismiss(long id) {
        EventDelivery delivery = settle(id, DISMISS, state -> "Only pending or parked deliveries can be dismissed.");
        workers.wake(delivery.subscriber());
        return delivery;
    }

    /** Changes the delivery by {@code update}, or refuses with the reason {@code refusal} gives for its state. */
    private EventDelivery settle(long id, String update, Function<DeliveryState, String> refusal) {
        find(id);
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setLong(1, id);
            if (statement.executeUpdate() == 0) {
                throw new Conflict("delivery-settled", refusal.apply(find(id).state()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change delivery " + id, e);
        }
        return find(id);
    }

    private List<EventDelivery> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<EventDelivery> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new EventDelivery(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3), rows.getString(4),
                            rows.getObject(5, UUID.class), rows.getString(6), DeliveryState.valueOf(rows.getString(7)), rows.getInt(8),
                            rows.getString(9), instant(rows.getTimestamp(10)), instant(rows.getTimestamp(11)),
                            instant(rows.getTimestamp(12)), rows.getString(13)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read event deliveries", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
