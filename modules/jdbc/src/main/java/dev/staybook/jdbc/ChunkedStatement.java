package dev.staybook.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Runs a purge statement again and again, each time on its own auto-committed connection, until a run
 * affects fewer rows than the chunk size. The statement must limit itself to its last parameter (the
 * chunk size), for example {@code DELETE ... WHERE ctid = ANY (ARRAY (SELECT ctid ... LIMIT ?))}: each
 * chunk is a short transaction, so a big backlog never holds its locks for long or bloats one transaction.
 */
public final class ChunkedStatement {

    /** Opens a connection outside any global transaction (a DataSource's getConnection). */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections connections;
    private final int chunkSize;

    public ChunkedStatement(Connections connections, int chunkSize) {
        this.connections = connections;
        this.chunkSize = chunkSize;
    }

    /**
     * A DELETE of at most {@code LIMIT ?} rows of {@code table} that match {@code condition}: the rows are
     * found first (by the condition's index) and deleted by their physical address, the cheapest way.
     */
    public static String deleteWhere(String table, String condition) {
        return "DELETE FROM " + table + " WHERE ctid = ANY (ARRAY (SELECT ctid FROM " + table + " WHERE " + condition + " LIMIT ?))";
    }

    /** Runs {@code sql} with {@code parameters} then the chunk size until it is done; returns the rows affected. */
    public long repeat(String sql, Object... parameters) {
        long total = 0;
        int affected;
        do {
            affected = once(sql, parameters);
            total += affected;
        } while (affected >= chunkSize);
        return total;
    }

    /** Runs a statement that needs no chunking (ANALYZE, REFRESH MATERIALIZED VIEW). */
    public static void execute(Connections connections, String sql) {
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("maintenance statement failed: " + sql, e);
        }
    }

    private int once(String sql, Object... parameters) {
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object parameter : parameters) {
                    statement.setObject(index++, parameter instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : parameter);
                }
                statement.setInt(index, chunkSize);
                return statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("maintenance statement failed: " + sql, e);
        }
    }
}
