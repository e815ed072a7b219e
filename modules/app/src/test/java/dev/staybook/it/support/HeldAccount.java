package dev.staybook.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * An account's row locked from the test's own connection, so that requests about the account can be made to queue
 * behind it in a chosen order and then run as if at the same moment: start one, wait until it waits, start the next,
 * then {@link #release()}. Closing without releasing rolls back, which releases the lock too.
 */
public final class HeldAccount implements AutoCloseable {

    private final Connection connection;

    private HeldAccount(Connection connection) {
        this.connection = connection;
    }

    public static HeldAccount hold(String userId) throws SQLException {
        Connection connection = TestDatabase.connect();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT 1 FROM identity.users WHERE id = ?::uuid FOR UPDATE")) {
                lock.setString(1, userId);
                lock.executeQuery();
            }
            return new HeldAccount(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Waits until this many statements on the accounts wait for a lock (ours, or a request queued before them). */
    public void awaitWaiting(int statements) {
        Eventually.until(statements + " statements waiting for the account", () -> StayFixtures.count("SELECT count(*) FROM "
                + "pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%users%'")
                == statements);
    }

    /** Lets the queued requests run, one after the other in the order they queued. */
    public void release() throws SQLException {
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
