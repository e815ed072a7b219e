package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The statements over {@code outbox.events} and {@code outbox.deliveries}. Each runs on the caller's
 * transaction: inside a JTA transaction the data source hands out the connection the subscriber's own
 * persistence unit uses, so a delivery is recorded atomically with the handler's effects. Times come from
 * the database's clock, so instances with skewed clocks agree on what is due.
 *
 * <p>The hot statements probe indexes by key, whatever the planner believes about the tables: pgjdbc prepares a
 * statement on the server after a few uses, and PostgreSQL may then keep one generic plan for the connection's life,
 * planned from the tables as they were, perhaps empty ({@code DeliveryStorePlansIT} explains each statement so).
 */
@ApplicationScoped
public class DeliveryStore {

    private static final String PUBLISH = """
            WITH event AS (
                INSERT INTO outbox.events (id, publisher, event_type, aggregate_id, payload, occurred_at, secrets)
                VALUES (?, ?, ?, ?, ?, ?, ?::varchar[]))
            INSERT INTO outbox.deliveries (event_id, subscriber, aggregate_id)
            SELECT ?, subscriber, ? FROM unnest(?::varchar[]) AS subscriber""";
    /**
     * Locks a subscriber's pending deliveries that match a filter, oldest first, skipping those others hold; for a
     * subscriber that keeps order per aggregate, only the earliest open delivery of each aggregate may go (a scalar
     * subquery, so that it is always one probe of the open-by-aggregate index per candidate, whatever the planner
     * thinks of the table). That test reads {@code d.id <=} the earliest open id, which for an open delivery means
     * {@code =}: with {@code =} the planner expected one candidate in 200 to pass, concluded that the LIMIT would never
     * stop a scan early, and with a backlog due collected every due delivery with its event, then sorted them: 82 ms and
     * 17,000 buffers a claim at 2,000 due, a fifth of PostgreSQL's statement time in runs at 100 and 130 bookings/s. Read
     * as an inequality (a third pass, by its estimate) it walks the due index in order and stops at the batch: 431 buffers
     * at 5,300 due (confirmations-claim-in-order-100-130.md). Each filter's two statements are built once: formatting
     * them was a share of every claim.
     */
    enum Claim {
        DUE("d.subscriber = ? AND d.next_attempt_at <= now()"),
        BY_ID("d.subscriber = ? AND d.id = ?"),
        BY_EVENT("d.subscriber = ? AND d.event_id = ?");

        private static final String SELECT = """
                SELECT d.id, d.event_id, e.event_type, e.payload, d.attempts
                FROM outbox.deliveries d JOIN outbox.events e ON e.id = d.event_id
                WHERE d.state = 'PENDING' AND %s %s
                ORDER BY d.next_attempt_at, d.id LIMIT ?
                FOR UPDATE OF d SKIP LOCKED""";
        private static final String IN_ORDER = """
                 AND d.id <= (SELECT min(earliest.id) FROM outbox.deliveries earliest
                    WHERE earliest.subscriber = d.subscriber AND earliest.aggregate_id = d.aggregate_id
                      AND earliest.state IN ('PENDING', 'PARKED'))""";

        final String anyOrder;
        final String inOrder;

        Claim(String filter) {
            this.anyOrder = SELECT.formatted(filter, "");
            this.inOrder = SELECT.formatted(filter, IN_ORDER);
        }

        String sql(Subscriber subscriber) {
            return subscriber.inOrder() ? inOrder : anyOrder;
        }
    }

    /**
     * Settles one claimed delivery by primary key; a claimed batch is settled as a JDBC batch of these, in one round
     * trip. Joining the claimed ids instead ({@code FROM unnest(?)}) got a generic plan, made while the outbox was
     * empty, that scanned every delivery for each batch: 10 ms a batch on average and most of PostgreSQL's time at 130
     * bookings/s, and afterwards captures drained at 10 a second. {@code id = ANY (?)} let statistics from a quiet
     * hour AND the primary key with every pending entry. "Still pending" is tested as {@code settled_at IS NULL} (the
     * same thing, by the table's check constraint) rather than {@code state = 'PENDING'}, which matches the partial
     * indexes' predicates (modules/benchmarks/results/confirmations-settle-by-key-analyzed-160-190.md).
     */
    static final String DELIVERED = """
            UPDATE outbox.deliveries SET state = 'DELIVERED', attempts = attempts + 1, last_error = NULL,
                handled_by = ?, settled_at = now()
            WHERE id = ? AND settled_at IS NULL""";
    /** By primary key, "still pending" tested as for {@link #DELIVERED}. */
    static final String FAILED = """
            UPDATE outbox.deliveries SET attempts = attempts + 1, last_error = ?, handled_by = ?,
                next_attempt_at = now() + make_interval(secs => ?),
                state = CASE WHEN ? THEN 'PARKED' ELSE 'PENDING' END,
                settled_at = CASE WHEN ? THEN now() END
            WHERE id = ? AND settled_at IS NULL""";
    /**
     * One probe of the due index per subscriber (a scalar subquery: as an {@code EXISTS}, a plan made while the outbox
     * was empty hashed every pending entry of every subscriber).
     */
    static final String DUE_SUBSCRIBERS = """
            SELECT s.name FROM unnest(?::varchar[]) AS s(name)
            WHERE (SELECT d.next_attempt_at <= now() FROM outbox.deliveries d
                WHERE d.subscriber = s.name AND d.state = 'PENDING' ORDER BY d.next_attempt_at LIMIT 1)""";
    /**
     * Removes the erasable properties (secrets, personal data) from the payloads of up to a batch of events no subscriber
     * waits for any more (every delivery delivered or dismissed), skipping those another instance is erasing; the partial
     * index holds only events whose erasable properties are still there. The test for a waiting delivery is a scalar
     * subquery, so that it is always one probe of the event's own deliveries: as a {@code NOT EXISTS}, a plan made while
     * the outbox was empty scanned every delivery for each event. (The columns keep the names they had when only secrets
     * were erased, {@code secrets} and {@code secrets_erased_at}, so that a rolling upgrade's older instance still
     * reads and writes them.)
     */
    static final String ERASE = """
            UPDATE outbox.events e SET payload = (e.payload::jsonb - e.secrets::text[])::text, secrets_erased_at = now()
            FROM (SELECT settled.id FROM outbox.events settled
                WHERE settled.secrets IS NOT NULL AND settled.secrets_erased_at IS NULL
                  AND (SELECT count(*) FROM outbox.deliveries d
                      WHERE d.event_id = settled.id AND d.state IN ('PENDING', 'PARKED')) = 0
                LIMIT ? FOR UPDATE SKIP LOCKED) settled
            WHERE e.id = settled.id""";

    private static final String COMMIT_WITHOUT_WAITING_FOR_FLUSH = "SET LOCAL synchronous_commit = off";
    private static final String FAULT = "SELECT 1 FROM outbox.injected_faults WHERE subscriber = ?";
    private static final String BACKLOG = """
            SELECT d.subscriber, count(*) FILTER (WHERE d.state = 'PENDING'), count(*) FILTER (WHERE d.state = 'PARKED'),
                coalesce(extract(epoch FROM now() - min(e.occurred_at) FILTER (WHERE d.state = 'PENDING')), 0)
            FROM outbox.deliveries d JOIN outbox.events e ON e.id = d.event_id
            WHERE d.state IN ('PENDING', 'PARKED') GROUP BY d.subscriber""";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    /** Stores the event and one pending delivery per subscriber, in the caller's transaction. */
    void publish(Publication publication) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(PUBLISH)) {
            publication.bindTo(insert, connection);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store event " + publication.type() + " " + publication.event().eventId(), e);
        }
    }

    /** An event to store: its stored names and payload, the names of its erasable properties, its subscribers. */
    record Publication(IntegrationEvent event, String publisher, String type, String payload, List<String> erasable,
                       Collection<String> subscribers) {

        void bindTo(PreparedStatement insert, Connection connection) throws SQLException {
            insert.setObject(1, event.eventId());
            insert.setString(2, publisher);
            insert.setString(3, type);
            insert.setObject(4, event.aggregateId());
            insert.setString(5, payload);
            insert.setTimestamp(6, Timestamp.from(event.occurredAt()));
            if (erasable.isEmpty()) {
                insert.setNull(7, Types.ARRAY);
            } else {
                insert.setArray(7, connection.createArrayOf("varchar", erasable.toArray()));
            }
            insert.setObject(8, event.eventId());
            insert.setObject(9, event.aggregateId());
            insert.setArray(10, connection.createArrayOf("varchar", subscribers.toArray()));
        }
    }

    /**
     * Stores many events and their deliveries in the caller's transaction as one JDBC batch: one round trip instead of
     * one per event, for a step that publishes an event per row it settles (a payout run's chunk).
     */
    void publishAll(List<Publication> publications) {
        if (publications.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(PUBLISH)) {
            for (Publication publication : publications) {
                publication.bindTo(insert, connection);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store " + publications.size() + " events", e);
        }
    }

    /** Locks up to {@code limit} of the subscriber's due deliveries (oldest first), skipping those others hold. */
    List<ClaimedDelivery> claimDue(Subscriber subscriber, int limit) {
        return claim(subscriber, Claim.DUE, null, limit);
    }

    /** Locks one delivery if it is still pending, due or not, and free to go (not held, not waiting for an earlier one). */
    List<ClaimedDelivery> claim(Subscriber subscriber, long deliveryId) {
        return claim(subscriber, Claim.BY_ID, deliveryId, 1);
    }

    /** Locks the subscriber's delivery of one event, if it is still pending and free to go. */
    List<ClaimedDelivery> claim(Subscriber subscriber, UUID eventId) {
        return claim(subscriber, Claim.BY_EVENT, eventId, 1);
    }

    void delivered(Collection<Long> deliveryIds, String instance) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(DELIVERED)) {
            for (long deliveryId : deliveryIds) {
                update.setString(1, instance);
                update.setLong(2, deliveryId);
                update.addBatch();
            }
            int updated = Arrays.stream(update.executeBatch()).sum();
            if (updated != deliveryIds.size()) {
                throw new IllegalStateException("deliveries " + deliveryIds + " were settled by someone else");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record deliveries " + deliveryIds, e);
        }
    }

    /** Records a failed attempt: due again after {@code pause}, or parked. */
    void failed(long deliveryId, String error, String instance, Duration pause, boolean park) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(FAILED)) {
            update.setString(1, error);
            update.setString(2, instance);
            update.setDouble(3, pause.toMillis() / 1000.0);
            update.setBoolean(4, park);
            update.setBoolean(5, park);
            update.setLong(6, deliveryId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the failure of delivery " + deliveryId, e);
        }
    }

    /**
     * Lets the caller's transaction commit without waiting for PostgreSQL to flush its WAL to disk. For a delivery's
     * transaction only: should the database crash in the moment (at most three WAL writer delays, 0.6 s by default)
     * after such a commit, the transaction is lost whole, its delivery included, and the delivery runs again from the
     * outbox, which its publisher committed durably. Nothing can have built on it meanwhile: any later commit that
     * waits for the flush flushes it too. Under load the wait was most of a delivery transaction's time.
     */
    void commitWithoutWaitingForFlush() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement set = connection.prepareStatement(COMMIT_WITHOUT_WAITING_FOR_FLUSH)) {
            set.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not relax the commit of a delivery", e);
        }
    }

    /** Erases the erasable properties of up to {@code limit} events whose deliveries are all settled; how many it erased. */
    int eraseSettled(int limit) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(ERASE)) {
            update.setInt(1, limit);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not erase the erasable properties of delivered events", e);
        }
    }

    /** Which of these subscribers have deliveries due now. */
    List<String> dueSubscribers(Collection<String> names) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(DUE_SUBSCRIBERS)) {
            select.setArray(1, connection.createArrayOf("varchar", names.toArray()));
            List<String> due = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getString(1));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("could not look for due deliveries", e);
        }
    }

    boolean faultInjectedFor(String subscriber) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(FAULT)) {
            select.setString(1, subscriber);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the injected faults", e);
        }
    }

    /** Pending and parked deliveries per subscriber, and the age of the oldest pending one. */
    Map<String, Backlog> backlog() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(BACKLOG);
             ResultSet rows = select.executeQuery()) {
            Map<String, Backlog> backlog = new HashMap<>();
            while (rows.next()) {
                backlog.put(rows.getString(1), new Backlog(rows.getLong(2), rows.getLong(3), rows.getDouble(4)));
            }
            return backlog;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the delivery backlog", e);
        }
    }

    /** One subscriber's open deliveries, and how long the oldest pending one has waited since its event. */
    record Backlog(long pending, long parked, double lagSeconds) {
    }

    private List<ClaimedDelivery> claim(Subscriber subscriber, Claim claim, Object key, int limit) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(claim.sql(subscriber))) {
            int index = 1;
            select.setString(index++, subscriber.name());
            if (key != null) {
                select.setObject(index++, key);
            }
            select.setInt(index, limit);
            List<ClaimedDelivery> claimed = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new ClaimedDelivery(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getInt(5)));
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim deliveries to " + subscriber.name(), e);
        }
    }
}
