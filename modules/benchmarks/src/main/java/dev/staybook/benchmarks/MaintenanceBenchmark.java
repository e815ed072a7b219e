package dev.staybook.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Times the nightly maintenance run on a realistic backlog: writes N refresh tokens and N outbox events,
 * each delivered to its one subscriber, straight into a migrated database (90 % past their retention),
 * starts the job through the batch REST API like a scheduler, waits for it, checks in SQL that exactly the
 * old rows went, and writes the figures (wall time, each step's time, the partitions' exit statuses) as Markdown.
 */
public final class MaintenanceBenchmark {

    private static final String MARKER = "maintenance-benchmark";
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private final String database;
    private final String batchUrl;
    private final String authorization;
    private final HttpClient http;

    private MaintenanceBenchmark(String database, String batchUrl, String password) throws GeneralSecurityException {
        this.database = database;
        this.batchUrl = batchUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("batch-operator:" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().sslContext(trustingEveryCertificate()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void main(String[] args) throws Exception {
        // the self-signed certificate names the server's host, which need not be the name used here
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        Arguments arguments = new Arguments(args);
        String password = arguments.text("password", System.getenv().getOrDefault("STAYBOOK_BATCH_OPERATOR_PASSWORD", "dev-only-batch-password"));
        MaintenanceBenchmark benchmark = new MaintenanceBenchmark(arguments.text("database", "staybook_maint"),
                arguments.text("batch-url", "https://localhost:9443/ibm/api/batch"), password);
        int rows = arguments.number("rows", 1_000_000);
        Path out = Path.of(arguments.text("out", "modules/benchmarks/results/maintenance.md"));

        Duration generation = benchmark.generate(rows);
        String loadBefore = MachineFacts.loadAverage();
        Instant started = Instant.now();
        long execution = benchmark.runJob();
        Duration wall = Duration.between(started, Instant.now());
        JsonArray steps = benchmark.steps(execution);
        Remaining remaining = benchmark.remaining();

        String report = benchmark.report(rows, generation, loadBefore, wall, execution, steps, remaining);
        Files.writeString(out, report);
        System.out.println(report);
        if (!remaining.asExpected(rows)) {
            throw new IllegalStateException("the run removed the wrong rows: " + remaining);
        }
    }

    /** What is left of the generated rows: the old ones must be gone, the fresh ones all there. */
    record Remaining(long oldTokens, long freshTokens, long oldEvents, long freshEvents) {

        boolean asExpected(int rows) {
            return oldTokens == 0 && oldEvents == 0 && freshTokens == rows / 10 && freshEvents == rows / 10;
        }
    }

    private Duration generate(int rows) throws SQLException {
        Instant start = Instant.now();
        int fresh = rows / 10;
        try (Connection connection = Database.connect(database); Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM identity.users WHERE email = '" + MARKER + "@bench.staybook.test'");
            // their deliveries go with them (ON DELETE CASCADE)
            sql.execute("DELETE FROM outbox.events WHERE event_type = '" + MARKER + "'");
            sql.execute("INSERT INTO identity.users (id, email, password_hash, name, created_at, updated_at, password_changed_at,"
                    + " sessions_ended_at)"
                    + " VALUES (gen_random_uuid(), '" + MARKER + "@bench.staybook.test', 'not a hash', 'Benchmark', now(), now(), now(), now())");
            // 90 % expired 30 days ago (past the 7-day retention), 10 % valid for another 20 days
            sql.execute("""
                    INSERT INTO identity.refresh_tokens (id, user_id, family_id, token_hash, issued_at, expires_at, session_started_at)
                    SELECT gen_random_uuid(), u.id, gen_random_uuid(), decode(md5(random()::text || n), 'hex'),
                           now() - interval '40 days' + CASE WHEN n <= %d THEN interval '30 days' ELSE interval '0 days' END,
                           now() - interval '30 days' + CASE WHEN n <= %d THEN interval '50 days' ELSE interval '0 days' END,
                           now() - interval '40 days'
                    FROM identity.users u, generate_series(1, %d) n WHERE u.email = '%s@bench.staybook.test'"""
                    .formatted(fresh, fresh, rows, MARKER));
            // 90 % occurred 30 days ago (past the 14-day event retention, which the purge counts from occurred_at),
            // 10 % an hour ago; each delivered to its subscriber a second after it occurred
            sql.execute("""
                    WITH event AS (
                        INSERT INTO outbox.events (id, publisher, event_type, aggregate_id, payload, occurred_at)
                        SELECT gen_random_uuid(), 'bookings', '%s', gen_random_uuid(),
                               '{"bookingId":"00000000-0000-0000-0000-000000000000"}',
                               CASE WHEN n <= %d THEN now() - interval '1 hour' ELSE now() - interval '30 days' END
                        FROM generate_series(1, %d) n
                        RETURNING id, aggregate_id, occurred_at)
                    INSERT INTO outbox.deliveries (event_id, subscriber, aggregate_id, state, attempts, next_attempt_at, settled_at)
                    SELECT id, '%s', aggregate_id, 'DELIVERED', 1, occurred_at, occurred_at + interval '1 second'
                    FROM event"""
                    .formatted(MARKER, fresh, rows, MARKER));
            sql.execute("VACUUM ANALYZE identity.refresh_tokens");
            sql.execute("VACUUM ANALYZE outbox.events");
            sql.execute("VACUUM ANALYZE outbox.deliveries");
        }
        return Duration.between(start, Instant.now());
    }

    private long runJob() throws IOException, InterruptedException {
        JsonObject instance = call("POST", "/jobinstances", Json.createObjectBuilder().add("applicationName", "staybook")
                .add("moduleName", "staybook.war").add("jobXMLName", "nightly-maintenance")
                .add("jobParameters", JsonValue.EMPTY_JSON_OBJECT).build().toString()).asJsonObject();
        long instanceId = instance.getJsonNumber("instanceId").longValue();
        while (true) {
            JsonArray executions = call("GET", "/jobinstances/" + instanceId + "/jobexecutions", null).asJsonArray();
            if (!executions.isEmpty() && ENDED.contains(executions.getJsonObject(0).getString("batchStatus"))) {
                JsonObject execution = executions.getJsonObject(0);
                if (!"COMPLETED".equals(execution.getString("batchStatus"))) {
                    throw new IllegalStateException("the maintenance run ended " + execution);
                }
                return execution.getJsonNumber("executionId").longValue();
            }
            Thread.sleep(200);
        }
    }

    private JsonArray steps(long execution) throws IOException, InterruptedException {
        return call("GET", "/jobexecutions/" + execution + "/stepexecutions", null).asJsonArray();
    }

    private Remaining remaining() throws SQLException {
        try (Connection connection = Database.connect(database)) {
            String tokens = "SELECT count(*) FROM identity.refresh_tokens t JOIN identity.users u ON u.id = t.user_id"
                    + " WHERE u.email = '" + MARKER + "@bench.staybook.test' AND t.expires_at ";
            String events = "SELECT count(*) FROM outbox.events WHERE event_type = '" + MARKER + "' AND occurred_at ";
            return new Remaining(count(connection, tokens + "< now()"), count(connection, tokens + ">= now()"),
                    count(connection, events + "< now() - interval '1 day'"), count(connection, events + ">= now() - interval '1 day'"));
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private String report(int rows, Duration generation, String loadBefore, Duration wall, long execution, JsonArray steps,
                          Remaining remaining) {
        MachineFacts machine = MachineFacts.collect(database);
        StringBuilder md = new StringBuilder("# Nightly maintenance benchmark\n\n");
        md.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- machine: %d processors (%s), %s memory, %s; %s; %s%n".formatted(machine.processors(), machine.cpuModel(),
                machine.memory(), machine.os(), machine.java(), machine.postgres()));
        md.append("- server and PostgreSQL share the machine; load average before the run: ").append(loadBefore).append('\n');
        md.append("- backlog: %,d refresh tokens (90 %% expired 30 days ago) and %,d delivered outbox events, one delivery each (90 %%"
                .formatted(rows, rows)).append(" published and delivered 30 days ago), written by SQL in %d s, then VACUUM ANALYZE%n"
                .formatted(generation.toSeconds()));
        md.append("- default settings: chunks of 10,000 rows, token retention P7D, event retention P14D\n\n");
        md.append("## Result\n\n");
        md.append("- job execution %d: **COMPLETED in %.1f s** (from submission to the end, as a scheduler sees it)%n"
                .formatted(execution, wall.toMillis() / 1000.0));
        md.append("- left afterwards: %s (expected: no old row, %,d fresh tokens and %,d fresh events)%n%n".formatted(remaining, rows / 10, rows / 10));
        md.append("| step | time (s) | partitions, one per module, in order: exit status and time |\n| --- | ---: | --- |\n");
        for (JsonValue value : steps) {
            JsonObject step = value.asJsonObject();
            if (!step.containsKey("stepName")) {
                continue; // the list's links
            }
            StringBuilder partitions = new StringBuilder();
            if (step.containsKey("partitions")) {
                for (JsonValue partition : step.getJsonArray("partitions")) {
                    JsonObject p = partition.asJsonObject();
                    partitions.append(partitions.isEmpty() ? "" : "; ").append(p.getString("exitStatus", "?"))
                            .append(" in %.1f s".formatted(seconds(p.getString("startTime"), p.getString("endTime"))));
                }
            }
            md.append("| %s | %.1f | %s |%n".formatted(step.getString("stepName"),
                    seconds(step.getString("startTime"), step.getString("endTime")), partitions));
        }
        return md.toString();
    }

    /** Seconds between two of the batch API's times ("2026/11/25 07:20:23.407 +0000"). */
    private static double seconds(String start, String end) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS Z");
        return Duration.between(ZonedDateTime.parse(start, format), ZonedDateTime.parse(end, format)).toMillis() / 1000.0;
    }

    private JsonValue call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(batchUrl + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    /** Liberty's batch API answers on https with the server's self-signed certificate; this client talks to localhost only. */
    private static SSLContext trustingEveryCertificate() throws GeneralSecurityException {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
