package dev.staybook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The machine a run was made on, as far as Linux, the JVM and PostgreSQL tell. */
record MachineFacts(int processors, String cpuModel, String memory, String os, String java, String postgres) {

    static MachineFacts collect(String database) {
        return new MachineFacts(Runtime.getRuntime().availableProcessors(), readCpuModel(), readMemory(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), readPostgresVersion(database));
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        String line = firstLine(Path.of("/proc/loadavg"), "");
        String[] parts = line.split(" ");
        return parts.length >= 3 ? parts[0] + ", " + parts[1] + ", " + parts[2] : "unknown";
    }

    private static String readCpuModel() {
        return firstLine(Path.of("/proc/cpuinfo"), "model name").replaceFirst("^model name\\s*:\\s*", "");
    }

    private static String readMemory() {
        String line = firstLine(Path.of("/proc/meminfo"), "MemTotal");
        String kib = line.replaceAll("\\D", "");
        return kib.isEmpty() ? "unknown" : "%.1f GiB".formatted(Long.parseLong(kib) / 1024.0 / 1024.0);
    }

    /**
     * The version, and whether autovacuum runs: without it dead outbox rows pile up run after run and every claim reads
     * them (confirmations-autovacuum-100-130.md), which production, where autovacuum runs, does not see.
     */
    private static String readPostgresVersion(String database) {
        try (Connection connection = Database.connect(database); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_setting('server_version'), current_setting('autovacuum')")) {
            row.next();
            return "PostgreSQL %s (autovacuum %s)".formatted(row.getString(1), row.getString(2));
        } catch (SQLException e) {
            return "unknown";
        }
    }

    private static String firstLine(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }
}
