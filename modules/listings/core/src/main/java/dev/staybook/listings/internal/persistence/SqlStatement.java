package dev.staybook.listings.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * SQL text with JDBC {@code ?} placeholders and the values to bind to them, in order. User input only
 * ever travels as a bound value.
 */
public record SqlStatement(String sql, List<Object> parameters) {

    public SqlStatement {
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters)); // null binds SQL NULL
    }

    public PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                bind(connection, statement, i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String[] texts) {
            statement.setArray(index, connection.createArrayOf("text", texts));
        } else if (value instanceof UUID[] ids) {
            statement.setArray(index, connection.createArrayOf("uuid", ids));
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }

    static Builder builder() {
        return new Builder();
    }

    /** Appends SQL and its values side by side, so placeholders and values cannot drift apart. */
    static final class Builder {

        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Builder append(String fragment, Object... values) {
            long placeholders = fragment.chars().filter(c -> c == '?').count();
            if (placeholders != values.length) {
                throw new IllegalArgumentException("%d placeholders, %d values: %s".formatted(placeholders, values.length, fragment));
            }
            sql.append(fragment);
            parameters.addAll(Arrays.asList(values));
            return this;
        }

        SqlStatement build() {
            return new SqlStatement(sql.toString(), parameters);
        }
    }
}
