package dev.staybook.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Drives GET /api/v1/listings on a running server with a mix of {@link QueryShape}s: a warm-up, then a
 * measured run; writes percentiles and throughput per shape to a Markdown file. Closed loop by default
 * (N clients, each waits for its answer); with {@code --rate} open loop instead ({@link FixedRateLoad}:
 * a fixed request rate, latency from each request's intended send time). Every run is bounded by its
 * duration and the target is the given base URL (this machine by default).
 *
 * <p>{@code --base-url http://localhost:9080 --clients 8 | --rate 300 [--connections 32] --warmup 20 --duration 60 --database staybook_bench
 * --out modules/benchmarks/results/search.md}
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        String baseUrl = arguments.text("base-url", "http://localhost:9080");
        int clients = arguments.number("clients", 8);
        int rate = arguments.number("rate", 0);
        int connections = arguments.number("connections", 32);
        Duration warmup = Duration.ofSeconds(arguments.number("warmup", 20));
        Duration duration = Duration.ofSeconds(arguments.number("duration", 60));
        Path out = Path.of(arguments.text("out", "modules/benchmarks/results/search.md"));
        String database = arguments.text("database", "staybook_bench");
        MachineFacts machine = MachineFacts.collect(database);
        String data = "%,d published listings and %,d booked stays (GenerateListings)".formatted(
                count(database, "SELECT count(*) FROM listings.listings WHERE status = 'PUBLISHED'"),
                count(database, "SELECT count(*) FROM listings.booked_stays"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String how = rate > 0 ? rate + " requests/s (open loop, " + connections + " connections)" : clients + " clients";
        System.out.printf("warming up for %d s with %s against %s: %s%n", warmup.toSeconds(), how, baseUrl, data);
        FixedRateLoad fixedRate = new FixedRateLoad(http, baseUrl, Math.max(rate, 1), connections);
        if (rate > 0) {
            fixedRate.run(warmup);
        } else {
            run(http, baseUrl, clients, warmup);
        }
        System.out.printf("measuring for %d s%n", duration.toSeconds());
        String loadBefore = BenchmarkReport.loadAverage();
        ProcessCpu cpu = new ProcessCpu(Path.of("").toAbsolutePath().toString(), database);
        long measuredStart = System.nanoTime();
        LatencyRecorder total;
        String load;
        Duration elapsed = duration;
        if (rate > 0) {
            FixedRateLoad.Outcome outcome = fixedRate.run(duration);
            total = outcome.latencies();
            elapsed = Duration.ofNanos(outcome.elapsedNanos());
            load = ("open loop: %,d requests scheduled at a fixed %d requests/s for %d s after a %d s warm-up, over %d connections, against"
                    + " %s/api/v1/listings; each latency counts from the request's intended send time (coordinated omission included);"
                    + " the longest wait for a free connection was %.1f ms (counted in that request's latency); all answers came in"
                    + " %.1f s: %.1f requests/s achieved").formatted(outcome.scheduled(), rate, duration.toSeconds(), warmup.toSeconds(),
                    connections, baseUrl, outcome.maxQueueNanos() / 1e6, outcome.elapsedNanos() / 1e9, outcome.achievedRate());
        } else {
            total = run(http, baseUrl, clients, duration);
            load = "%d concurrent clients for %d s after a warm-up, against %s/api/v1/listings".formatted(clients, duration.toSeconds(),
                    baseUrl);
        }
        String machineLoad = "load average (1, 5, 15 min) " + loadBefore + " before, " + BenchmarkReport.loadAverage() + " after; "
                + ProcessCpu.describe(cpu.seconds(), Duration.ofNanos(System.nanoTime() - measuredStart));
        String report = new BenchmarkReport(total, elapsed, load, data, machine, machineLoad).markdown();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static LatencyRecorder run(HttpClient http, String baseUrl, int clients, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<LatencyRecorder>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            long seed = i * 7919L + System.nanoTime();
            results.add(pool.submit(() -> client(http, baseUrl, new Random(seed), end)));
        }
        LatencyRecorder total = new LatencyRecorder();
        for (Future<LatencyRecorder> result : results) {
            result.get().addTo(total);
        }
        pool.shutdown();
        return total;
    }

    private static LatencyRecorder client(HttpClient http, String baseUrl, Random random, long endNanos) throws InterruptedException {
        LatencyRecorder recorder = new LatencyRecorder();
        while (System.nanoTime() < endNanos) {
            QueryShape shape = QueryShape.pick(random);
            City city = City.ALL.get((int) Math.floor(Math.pow(random.nextDouble(), 1.4) * City.ALL.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/listings?" + shape.query(random, city)))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build();
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
            } catch (IOException failed) {
                ok = false;
            }
            recorder.record(shape, System.nanoTime() - start, ok);
        }
        return recorder;
    }

    private static long count(String database, String sql) throws SQLException {
        try (Connection connection = Database.connect(database); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
