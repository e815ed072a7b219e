package dev.staybook.devdb;

/**
 * Where the server's database is: the PostgreSQL address and credentials come from the same environment
 * variables the server reads; the database name is the build's choice (dev and test databases differ).
 */
record DatabaseAddress(String host, int port, String database, String user, String password) {

    static DatabaseAddress fromEnvironment(String database) {
        return new DatabaseAddress(
                env("STAYBOOK_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env("STAYBOOK_DB_PORT", "5432")),
                database,
                env("STAYBOOK_DB_USER", "postgres"),
                env("STAYBOOK_DB_PASSWORD", ""));
    }

    String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://%s:%d/%s".formatted(host, port, databaseName);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
