package dev.staybook.benchmarks;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Times the nightly payout job over a large backlog: generates {@code --stays} completed, captured stays
 * owed to {@code --hosts} hosts (SQL, straight into the payments schema), starts {@code host-payouts}
 * through Liberty's batch REST API as an operator would, waits for it, checks in SQL that every host was
 * paid once and exactly what they were owed, and writes the figures to {@code --out}, with the CPU seconds the
 * server and PostgreSQL used. Target: under 60 s for 1,000,000 stays of 20,000 hosts. {@code --partitions} (default 2)
 * and {@code --chunk-size} (default 500) are the job's parameters. {@code --fail-in-chunk N} fails the N-th paying chunk of every
 * partition after its transfers (the server needs STAYBOOK_BATCH_FAULT_INJECTION=true), restarts the run and
 * checks that nobody was paid twice: one gateway transfer per host since the run started.
 */
public final class PayoutBenchmark {

    private static final Duration TARGET = Duration.ofSeconds(60);

    private PayoutBenchmark() {
    }

    public static void main(String[] args) throws SQLException, IOException, InterruptedException {
        Arguments arguments = new Arguments(args);
        String database = arguments.text("database", "staybook_bench_payouts");
        int stays = arguments.number("stays", 1_000_000);
        int hosts = arguments.number("hosts", 20_000);
        int chunkSize = arguments.number("chunk-size", 500);
        int partitions = arguments.number("partitions", 2);
        int failInChunk = arguments.number("fail-in-chunk", 0);
        String httpsUrl = arguments.text("https-url", "https://localhost:9443");
        String password = arguments.text("operator-password", System.getenv().getOrDefault("STAYBOOK_BATCH_OPERATOR_PASSWORD", "dev-only-batch-password"));
        Path out = Path.of(arguments.text("out", "modules/benchmarks/results/payouts.md"));
        BatchOperator operator = new BatchOperator(httpsUrl, "batch-operator", password);

        try (Connection connection = Database.connect(database)) {
            long generating = System.nanoTime();
            UUID marker = PayableStays.generate(connection, stays, hosts);
            Duration generated = Duration.ofNanos(System.nanoTime() - generating);
            System.out.printf("generated %,d payable stays of %,d hosts in %d s%n", stays, hosts, generated.toSeconds());

            String loadBefore = MachineFacts.loadAverage();
            Map<String, String> parameters = new HashMap<>(Map.of("runDate", LocalDate.now(ZoneOffset.UTC).toString(),
                    "cutoff", Instant.now().toString(), "chunkSize", Integer.toString(chunkSize),
                    "partitions", Integer.toString(partitions)));
            Instant runStarted = Instant.now();
            ProcessCpu cpu = new ProcessCpu(Path.of("").toAbsolutePath().toString(), database);
            long started = System.nanoTime();
            Run run = run(operator, parameters, failInChunk);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Map<ProcessCpu.Part, Double> cpuSeconds = cpu.seconds();
            String loadAfter = MachineFacts.loadAverage();
            PayoutChecks checks = PayoutChecks.of(connection, marker, runStarted);
            System.out.printf("payout run: %s/%s in %.1f s; all paid once: %s%n", run.last().batchStatus(), run.last().exitStatus(),
                    took.toMillis() / 1000.0, checks.allPaidOnce(hosts));
            System.out.println(ProcessCpu.describe(cpuSeconds, took));

            String report = report(MachineFacts.collect(database), database, stays, hosts, chunkSize, partitions, generated, run, took, checks,
                    loadBefore, loadAfter, ProcessCpu.describe(cpuSeconds, took));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
            System.out.println("wrote " + out);
            if (!"COMPLETED".equals(run.last().batchStatus()) || !checks.allPaidOnce(hosts)) {
                System.exit(1);
            }
        }
    }

    /** The execution that failed on purpose (if a fault was injected) and the one that completed the run. */
    private record Run(BatchOperator.Execution failed, Duration failedAfter, BatchOperator.Execution last) {
    }

    /**
     * Runs the job; with {@code failInChunk} the server (started with STAYBOOK_BATCH_FAULT_INJECTION=true) fails that
     * chunk after its transfers were made and before it commits, and the run is restarted as an operator would.
     */
    private static Run run(BatchOperator operator, Map<String, String> parameters, int failInChunk) throws IOException, InterruptedException {
        if (failInChunk <= 0) {
            return new Run(null, null, operator.run("host-payouts", parameters, Duration.ofMinutes(30)));
        }
        Map<String, String> faulty = new HashMap<>(parameters);
        faulty.put("failInChunk", Integer.toString(failInChunk));
        long started = System.nanoTime();
        BatchOperator.Execution failed = operator.run("host-payouts", faulty, Duration.ofMinutes(30));
        Duration failedAfter = Duration.ofNanos(System.nanoTime() - started);
        if (!"FAILED".equals(failed.batchStatus())) {
            throw new IllegalStateException("the injected fault did not fail the run (is STAYBOOK_BATCH_FAULT_INJECTION on?): " + failed);
        }
        System.out.printf("run failed as injected in chunk %d after %.1f s; restarting%n", failInChunk, failedAfter.toMillis() / 1000.0);
        return new Run(failed, failedAfter, operator.restart(operator.instanceOf(failed), parameters, Duration.ofMinutes(30)));
    }

    private static String report(MachineFacts machine, String database, int stays, int hosts, int chunkSize, int partitions,
                                 Duration generated, Run run, Duration took, PayoutChecks checks, String loadBefore, String loadAfter, String cpu) {
        StringBuilder md = new StringBuilder("# Payout run benchmark\n\n");
        md.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- machine: %d processors (%s), %s memory, %s; %s; %s%n".formatted(machine.processors(), machine.cpuModel(),
                machine.memory(), machine.os(), machine.java(), machine.postgres()));
        md.append("- server (`mvn -Pserve -Dstaybook.dev.db.name=%s`, simulated gateway) and PostgreSQL share the machine;"
                .formatted(database)).append(" load average before the run: %s, after: %s%n".formatted(loadBefore, loadAfter));
        md.append("- backlog: %,d completed, captured, unpaid stays of %,d hosts (%,d each), generated by SQL in %d s%n%n"
                .formatted(stays, hosts, stays / hosts, generated.toSeconds()));
        md.append("## Result\n\n");
        if (run.failed() != null) {
            md.append("- fault injected: the run failed as planned after %.1f s (%s), then was restarted through the batch REST API%n"
                    .formatted(run.failedAfter().toMillis() / 1000.0, run.failed().batchStatus()));
        }
        md.append("- job `host-payouts` (%d partitions, chunks of %,d hosts): **%s / %s in %.1f s**%s (target: under %d s) — %s%n"
                .formatted(partitions, chunkSize, run.last().batchStatus(), run.last().exitStatus(), took.toMillis() / 1000.0,
                        run.failed() != null ? " (failed run and restart together)" : "", TARGET.toSeconds(),
                        took.compareTo(TARGET) < 0 ? "met" : "NOT met"));
        md.append("- throughput: %,.0f stays/s, %,.0f hosts/s%n".formatted(stays * 1000.0 / took.toMillis(), hosts * 1000.0 / took.toMillis()));
        md.append("- ").append(cpu).append("\n\n");
        if (run.failed() != null) {
            steps(md, "failed execution", run.failed());
        }
        steps(md, run.failed() != null ? "restarted execution" : "execution", run.last());
        md.append("\n## Database checks after the run\n\n");
        md.append("- stays left unpaid: **%,d**; payouts: %,d (%,d PAID) for %,d hosts; gateway transfers: %,d by key, %,d made since the run started%n"
                .formatted(checks.unpaidStays(), checks.payouts(), checks.paidPayouts(), hosts, checks.transfers(), checks.transfersMade()));
        md.append("- owed %s EUR, paid %s EUR; unbalanced ledger transactions: %d%n".formatted(checks.owed().toPlainString(),
                checks.paid().toPlainString(), checks.unbalancedTransactions()));
        return md.toString();
    }

    private static void steps(StringBuilder md, String title, BatchOperator.Execution execution) {
        md.append("%s %d:%n%n| step | batch status | exit status | start | end |%n| --- | --- | --- | --- | --- |%n"
                .formatted(title, execution.id()));
        for (JsonObject step : execution.steps().getValuesAs(JsonObject.class).stream().filter(s -> s.containsKey("stepName")).toList()) {
            md.append("| %s | %s | %s | %s | %s |%n".formatted(step.getString("stepName", "?"), step.getString("batchStatus", "?"),
                    step.getString("exitStatus", "?"), text(step, "startTime"), text(step, "endTime")));
        }
        md.append('\n');
    }

    private static String text(JsonObject object, String name) {
        return object.containsKey(name) && !object.isNull(name) ? object.get(name).toString().replace("\"", "") : "";
    }
}
