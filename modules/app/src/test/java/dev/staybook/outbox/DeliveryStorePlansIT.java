package dev.staybook.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plans PostgreSQL keeps for the delivery path's statements on a fresh installation: each statement is prepared over
 * empty, never analyzed copies of the outbox tables and explained as the generic plan a pooled connection may keep for its
 * whole life, while the real tables grow. Such a plan must probe indexes by key: a scan of a table, or a hash of one,
 * is read again for every batch once the outbox holds a day of deliveries. And once statistics describe a backlog, a
 * claim still walks the due index from its head. (In package {@code dev.staybook.outbox}
 * to read the statements {@link DeliveryStore} runs; the copies live in a schema of their own, rolled back at the end.)
 */
@SystemTest
class DeliveryStorePlansIT {

    private static final Pattern PARAMETER = Pattern.compile("\\?");

    private Connection connection;

    @BeforeEach
    void freshOutboxCopy() throws SQLException {
        connection = TestDatabase.connect();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA fresh_outbox");
            statement.execute("CREATE TABLE fresh_outbox.events (LIKE outbox.events INCLUDING ALL)");
            statement.execute("CREATE TABLE fresh_outbox.deliveries (LIKE outbox.deliveries INCLUDING ALL)");
        }
    }

    @AfterEach
    void dropCopy() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void claimsProbeTheDueIndexAndTheEventsByKey() throws SQLException {
        for (DeliveryStore.Claim claim : DeliveryStore.Claim.values()) {
            assertProbesOnly(claim.anyOrder);
            assertProbesOnly(claim.inOrder);
        }
    }

    /**
     * A backlog, analyzed: 3,000 deliveries settled and 400 due for one subscriber. The claim must walk the due index in
     * order and stop at the batch, not collect every due delivery and sort them (which it did while the order-per-aggregate
     * test was an equality: the planner expected it to pass so few that the LIMIT would never stop a scan early).
     */
    @Test
    void aBacklogIsClaimedFromTheHeadOfTheDueIndex() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO fresh_outbox.events (id, publisher, event_type, aggregate_id, payload, occurred_at)
                    SELECT gen_random_uuid(), 'bookings', 'BookingPlaced', gen_random_uuid(), '{}',
                        now() - CASE WHEN n <= 3000 THEN interval '1 hour' ELSE interval '1 minute' END
                    FROM generate_series(1, 3400) AS n""");
            statement.execute("""
                    INSERT INTO fresh_outbox.deliveries (event_id, subscriber, aggregate_id, next_attempt_at, state, settled_at)
                    SELECT id, 'payments.booking-money', aggregate_id, occurred_at,
                        CASE WHEN occurred_at < now() - interval '2 minutes' THEN 'DELIVERED' ELSE 'PENDING' END,
                        CASE WHEN occurred_at < now() - interval '2 minutes' THEN now() END
                    FROM fresh_outbox.events""");
            statement.execute("ANALYZE fresh_outbox.events");
            statement.execute("ANALYZE fresh_outbox.deliveries");
        }
        for (String claim : List.of(DeliveryStore.Claim.DUE.inOrder, DeliveryStore.Claim.DUE.anyOrder)) {
            assertWalksInOrder(plan(claim, "force_generic_plan", "NULL", "NULL"));
            assertWalksInOrder(plan(claim, "force_custom_plan", "'payments.booking-money'", "20"));
        }
    }

    @Test
    void settlingProbesThePrimaryKey() throws SQLException {
        assertProbesOnly(DeliveryStore.DELIVERED);
        assertProbesOnly(DeliveryStore.FAILED);
    }

    @Test
    void lookingForDueSubscribersProbesTheDueIndexOncePerSubscriber() throws SQLException {
        assertProbesOnly(DeliveryStore.DUE_SUBSCRIBERS);
    }

    /** Every poll interval on every instance, whatever the size of the outbox: only events still holding erasable data. */
    @Test
    void erasingReadsOnlyTheEventsHoldingErasableData() throws SQLException {
        assertProbesOnly(DeliveryStore.ERASE);
    }

    private void assertProbesOnly(String sql) throws SQLException {
        String plan = genericPlan(sql);
        assertFalse(plan.contains("Seq Scan on"), () -> "reads a whole table:\n" + plan);
        assertFalse(plan.contains("Hash"), () -> "hashes a table:\n" + plan);
        assertFalse(plan.contains("Bitmap"), () -> "combines whole index ranges:\n" + plan);
    }

    private void assertWalksInOrder(String plan) {
        assertFalse(plan.contains("Sort"), () -> "sorts every due delivery:\n" + plan);
        assertFalse(plan.contains("Bitmap"), () -> "collects every due delivery:\n" + plan);
    }

    /** The plan of the statement prepared with PostgreSQL's own parameters ($1, $2, ...) and executed with nulls. */
    private String genericPlan(String jdbcSql) throws SQLException {
        int parameters = (int) PARAMETER.matcher(jdbcSql).results().count();
        return plan(jdbcSql, "force_generic_plan", Collections.nCopies(parameters, "NULL").toArray(String[]::new));
    }

    /** The plan of the statement, over the copies, prepared and executed with these SQL literals under a plan cache mode. */
    private String plan(String jdbcSql, String planCacheMode, String... literals) throws SQLException {
        int[] count = {0};
        String sql = PARAMETER.matcher(jdbcSql.replace("outbox.", "fresh_outbox.")).replaceAll(parameter -> "\\$" + ++count[0]);
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL plan_cache_mode = " + planCacheMode);
            statement.execute("DEALLOCATE ALL");
            statement.execute("PREPARE checked AS " + sql);
            String arguments = literals.length == 0 ? "" : "(" + String.join(", ", literals) + ")";
            try (ResultSet rows = statement.executeQuery("EXPLAIN EXECUTE checked" + arguments)) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        return String.join("\n", lines);
    }
}
