package dev.staybook.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements behind a user's data export and account deletion, which every module runs on its own tables: rows
 * as maps keyed by the column labels (alias them in the SQL as the export should name them, {@code AS "checkIn"}),
 * dates and times as java.time values, arrays as lists, so that they are written to JSON as they are. The statements
 * run on a connection of the caller's global transaction if there is one.
 */
public final class PersonalRows {

    private PersonalRows() {
    }

    /** Every row the query finds; an export is one user's records, so there is no paging. */
    public static List<Map<String, Object>> list(ChunkedStatement.Connections connections, String sql, Object... parameters) {
        try (Connection connection = connections.open(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData columns = rows.getMetaData();
            List<Map<String, Object>> found = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.put(columns.getColumnLabel(i), exported(rows.getObject(i)));
                }
                found.add(row);
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("personal data query failed: " + sql, e);
        }
    }

    /** The number in the first column of the first row (a count). */
    public static long count(ChunkedStatement.Connections connections, String sql, Object... parameters) {
        try (Connection connection = connections.open(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("personal data query failed: " + sql, e);
        }
    }

    /** Runs an UPDATE or DELETE; returns the rows affected. */
    public static int update(ChunkedStatement.Connections connections, String sql, Object... parameters) {
        try (Connection connection = connections.open(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("personal data statement failed: " + sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : parameter);
        }
        return statement;
    }

    private static Object exported(Object value) throws SQLException {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        } else if (value instanceof Date date) {
            return date.toLocalDate();
        } else if (value instanceof Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        return value;
    }
}
