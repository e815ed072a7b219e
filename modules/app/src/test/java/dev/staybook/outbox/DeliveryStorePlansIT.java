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
 * is read again for every batch once the outbox holds a day of deliveries. (In package {@code dev.staybook.outbox}
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
            statement.execute("SET LOCAL plan_cache_mode = force_generic_plan");
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

    @Test
    void settlingProbesThePrimaryKey() throws SQLException {
        assertProbesOnly(DeliveryStore.DELIVERED);
        assertProbesOnly(DeliveryStore.FAILED);
    }

    @Test
    void lookingForDueSubscribersProbesTheDueIndexOncePerSubscriber() throws SQLException {
        assertProbesOnly(DeliveryStore.DUE_SUBSCRIBERS);
    }

    private void assertProbesOnly(String sql) throws SQLException {
        String plan = genericPlan(sql.replace("outbox.", "fresh_outbox."));
        assertFalse(plan.contains("Seq Scan on"), () -> "reads a whole table:\n" + plan);
        assertFalse(plan.contains("Hash"), () -> "hashes a table:\n" + plan);
        assertFalse(plan.contains("Bitmap"), () -> "combines whole index ranges:\n" + plan);
    }

    /** The plan of the statement prepared with PostgreSQL's own parameters ($1, $2, ...) and executed with nulls. */
    private String genericPlan(String jdbcSql) throws SQLException {
        int[] count = {0};
        String sql = PARAMETER.matcher(jdbcSql).replaceAll(parameter -> "\\$" + ++count[0]);
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DEALLOCATE ALL");
            statement.execute("PREPARE checked AS " + sql);
            String nulls = String.join(", ", Collections.nCopies(count[0], "NULL"));
            try (ResultSet rows = statement.executeQuery("EXPLAIN EXECUTE checked" + (count[0] == 0 ? "" : "(" + nulls + ")"))) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        return String.join("\n", lines);
    }
}
