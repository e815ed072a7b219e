package dev.staybook.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database constraint that rejected a write, found in an exception's cause chain. Lets a module turn
 * the database's verdict (the final word under concurrency) into a precise conflict.
 */
public record ViolatedConstraint(Kind kind, String name) {

    /** The SQLSTATE classes PostgreSQL uses for integrity violations. */
    public enum Kind {
        UNIQUE("23505"), EXCLUSION("23P01"), FOREIGN_KEY("23503"), CHECK("23514"), NOT_NULL("23502");

        private final String sqlState;

        Kind(String sqlState) {
            this.sqlState = sqlState;
        }
    }

    private static final Pattern QUOTED_NAME = Pattern.compile("constraint \"([^\"]+)\"");

    public static Optional<ViolatedConstraint> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                for (Kind kind : Kind.values()) {
                    if (kind.sqlState.equals(sql.getSQLState())) {
                        Matcher name = QUOTED_NAME.matcher(String.valueOf(sql.getMessage()));
                        return Optional.of(new ViolatedConstraint(kind, name.find() ? name.group(1) : ""));
                    }
                }
            }
        }
        return Optional.empty();
    }

    public boolean is(Kind expectedKind, String expectedName) {
        return kind == expectedKind && name.equals(expectedName);
    }
}
