package dev.staybook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs PostgreSQL's own load driver, pgbench, with a custom script against the benchmark database: what
 * the database alone manages for the same statements, the ceiling an HTTP endpoint is compared with.
 * Prepared statements (-M prepared), as the server's JDBC driver uses after a few executions.
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private final String executable;
    private final String database;

    Pgbench(String executable, String database) {
        this.executable = executable;
        this.database = database;
    }

    /** What one pgbench run reported: transactions per second, how many, how many failed, mean latency. */
    record Result(double tps, long transactions, long failed, double averageLatencyMillis, String command) {
    }

    Result run(String script, int clients, Duration duration, Map<String, String> variables) throws IOException, InterruptedException {
        Path file = Files.createTempFile("staybook-pgbench-", ".sql");
        try {
            Files.writeString(file, script);
            List<String> command = new ArrayList<>(List.of(executable, "--no-vacuum", "--protocol=prepared",
                    "--client=" + clients, "--jobs=" + Math.min(clients, Runtime.getRuntime().availableProcessors()),
                    "--time=" + duration.toSeconds(), "--host=" + Database.host(), "--port=" + Database.port(),
                    "--username=" + Database.user(), "--file=" + file));
            variables.forEach((name, value) -> command.add("--define=" + name + "=" + value));
            command.add(database);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (!Database.password().isEmpty()) {
                builder.environment().put("PGPASSWORD", Database.password());
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            String shown = String.join(" ", command).replace(file.toString(), "<script>");
            return new Result(Double.parseDouble(find(TPS, output)), Long.parseLong(find(PROCESSED, output)),
                    Long.parseLong(find(FAILED, output)), Double.parseDouble(find(LATENCY, output)), shown);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench said something unexpected (no " + pattern + "):\n" + output);
        }
        return matcher.group(1);
    }
}
