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
 * Drives GET /api/v1/listings on a running server with a mix of {@link QueryShape}s from concurrent
 * clients: a warm-up, then a measured run; writes percentiles and throughput per shape to a Markdown
 * file. Every request loop is bounded by the run's duration and the target is the given base URL
 * (this machine by default).
 *
 * <p>{@code --base-url http://localhost:9080 --clients 8 --warmup 20 --duration 60 --database staybook_bench
 * --out modules/benchmarks/results/search.md}
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        String baseUrl = arguments.text("base-url", "http://localhost:9080");
        int clients = arguments.number("clients", 8);
        Duration warmup = Duration.ofSeconds(arguments.number("warmup", 20));
        Duration duration = Duration.ofSeconds(arguments.number("duration", 60));
        Path out = Path.of(arguments.text("out", "modules/benchmarks/results/search.md"));
        long listings = publishedListings(arguments.text("database", "staybook_bench"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("warming up for %d s with %d clients against %s (%,d listings)%n", warmup.toSeconds(), clients, baseUrl, listings);
        run(http, baseUrl, clients, warmup);
        System.out.printf("measuring for %d s%n", duration.toSeconds());
        String loadBefore = BenchmarkReport.loadAverage();
        LatencyRecorder total = run(http, baseUrl, clients, duration);
        String machineLoad = "load average (1, 5, 15 min) " + loadBefore + " before, " + BenchmarkReport.loadAverage() + " after";
        String report = new BenchmarkReport(total, duration, clients, listings, baseUrl, machineLoad).markdown();
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

    private static long publishedListings(String database) throws SQLException {
        try (Connection connection = Database.connect(database); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM listings.listings WHERE status = 'PUBLISHED'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
