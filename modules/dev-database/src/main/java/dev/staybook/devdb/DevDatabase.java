package dev.staybook.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * Makes sure the database the server will use exists. If a PostgreSQL answers at the configured
 * address it is used; if nothing listens there and the address is local, an embedded PostgreSQL
 * (pinned binary, data under {@code target/}) is started on that port for the life of this JVM.
 *
 * <p>Runs inside the Maven JVM (exec:java) before Liberty starts, so the embedded database stops when
 * the build ends. Arguments: {@code <database> <embedded-data-dir> [--fresh]}; {@code --fresh} drops
 * and recreates the database so system tests always start from an empty schema.
 */
public final class DevDatabase {

    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "::1");

    private DevDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: DevDatabase <database> <embedded-data-dir> [--fresh]");
        }
        DatabaseAddress address = DatabaseAddress.fromEnvironment(args[0]);
        boolean fresh = args.length > 2 && "--fresh".equals(args[2]);
        if (!isListening(address)) {
            startEmbedded(address, Path.of(args[1]));
        }
        createDatabase(address, fresh);
        System.out.printf("[staybook] database %s ready at %s:%d%n", address.database(), address.host(), address.port());
    }

    private static boolean isListening(DatabaseAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.host(), address.port()), 1_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void startEmbedded(DatabaseAddress address, Path dataDirectory) throws IOException {
        if (!LOCAL_HOSTS.contains(address.host())) {
            throw new IllegalStateException("No PostgreSQL answers at %s:%d and it is not a local address: start it or set STAYBOOK_DB_HOST/STAYBOOK_DB_PORT"
                    .formatted(address.host(), address.port()));
        }
        System.out.printf("[staybook] no PostgreSQL at %s:%d; starting an embedded one with data in %s%n",
                address.host(), address.port(), dataDirectory);
        Files.createDirectories(dataDirectory);
        // Kept for the life of the Maven JVM; zonky's shutdown hook stops the server when the build ends.
        EmbeddedPostgres.builder()
                .setPort(address.port())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
    }

    private static void createDatabase(DatabaseAddress address, boolean fresh) throws SQLException {
        String name = address.database();
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be a plain lower-case identifier: " + name);
        }
        try (Connection connection = DriverManager.getConnection(address.jdbcUrl("postgres"), address.user(), address.password());
             Statement statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            boolean exists;
            try (var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + name);
            }
        }
    }
}
