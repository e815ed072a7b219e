package dev.staybook.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A direct connection to the system tests' database, for what only tests do: seeding large data sets
 * and reading query plans. Same address and credentials as the server (STAYBOOK_DB_* variables).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://%s:%s/%s".formatted(
                env("STAYBOOK_DB_HOST", "127.0.0.1"), env("STAYBOOK_DB_PORT", "5432"),
                System.getProperty("staybook.test.db.name", "staybook_test"));
        return DriverManager.getConnection(url, env("STAYBOOK_DB_USER", "postgres"), env("STAYBOOK_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
