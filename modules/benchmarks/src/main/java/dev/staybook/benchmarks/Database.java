package dev.staybook.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The benchmark database: address and credentials from the server's STAYBOOK_DB_* variables, the name from the command line. */
final class Database {

    private Database() {
    }

    static Connection connect(String name) throws SQLException {
        String url = "jdbc:postgresql://%s:%s/%s".formatted(host(), port(), name);
        return DriverManager.getConnection(url, user(), password());
    }

    static String host() {
        return env("STAYBOOK_DB_HOST", "127.0.0.1");
    }

    static String port() {
        return env("STAYBOOK_DB_PORT", "5432");
    }

    static String user() {
        return env("STAYBOOK_DB_USER", "postgres");
    }

    static String password() {
        return env("STAYBOOK_DB_PASSWORD", "");
    }

    private static String env(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
