package dev.staybook.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/listings/{id} throughput against what PostgreSQL alone does for the same lookups. N
 * clients fetch random published listings for a fixed time (after a warm-up); then pgbench runs, with
 * the same client count and duration, the statements Hibernate issues for that endpoint
 * ({@link ListingDetailsSql#ENDPOINT}), and the single primary-key lookup of the listing row. The ratio
 * of the two throughputs is what the HTTP stack, JAX-RS, CDI, JPA and JSON cost on this machine.
 *
 * <p>{@code --base-url http://localhost:9080 --database staybook_bench --clients 8 --warmup 60 --duration 30
 * --pgbench /usr/bin/pgbench --out modules/benchmarks/results/listing-details.md}
 */
public final class ListingDetailsBenchmark {

    private ListingDetailsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        String baseUrl = arguments.text("base-url", "http://localhost:9080");
        String database = arguments.text("database", "staybook_bench");
        int clients = arguments.number("clients", 8);
        Duration warmup = Duration.ofSeconds(arguments.number("warmup", 60));
        Duration duration = Duration.ofSeconds(arguments.number("duration", 30));
        Pgbench pgbench = new Pgbench(arguments.text("pgbench", "/usr/bin/pgbench"), database);
        Path out = Path.of(arguments.text("out", "modules/benchmarks/results/listing-details.md"));

        MachineFacts machine = MachineFacts.collect(database);
        PublishedListings listings = PublishedListings.load(database);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String api = baseUrl + "/api/v1/listings/";
        requireListingAnswer(http, api, listings.random());

        System.out.printf("warming up for %d s with %d clients against %s (%,d listings)%n", warmup.toSeconds(), clients, api, listings.size());
        fetch(http, api, listings, clients, warmup);
        System.out.printf("measuring HTTP for %d s%n", duration.toSeconds());
        String loadBefore = MachineFacts.loadAverage();
        ProcessCpu httpParts = new ProcessCpu(Path.of("").toAbsolutePath().toString(), database);
        Latencies http200 = fetch(http, api, listings, clients, duration);
        Map<ProcessCpu.Part, Double> httpCpu = httpParts.seconds();
        String loadAfterHttp = MachineFacts.loadAverage();

        Map<String, String> keys = Map.of("maxkey", Long.toString(ListingDetailsSql.maxKey(database)));
        System.out.printf("pgbench: the endpoint's statements for %d s%n", duration.toSeconds());
        ProcessCpu endpointParts = new ProcessCpu(Path.of("").toAbsolutePath().toString(), database);
        Pgbench.Result endpoint = pgbench.run(ListingDetailsSql.ENDPOINT, clients, duration, keys);
        Map<ProcessCpu.Part, Double> endpointCpu = endpointParts.seconds();
        System.out.printf("pgbench: the listing row alone for %d s%n", duration.toSeconds());
        ProcessCpu rowParts = new ProcessCpu(Path.of("").toAbsolutePath().toString(), database);
        Pgbench.Result listingRow = pgbench.run(ListingDetailsSql.LISTING_ROW, clients, duration, keys);
        Map<ProcessCpu.Part, Double> rowCpu = rowParts.seconds();
        String loadAfter = MachineFacts.loadAverage();

        String report = new ListingDetailsReport(machine, baseUrl, database, listings.size(), clients, warmup, duration,
                http200, endpoint, listingRow, List.of(loadBefore, loadAfterHttp, loadAfter),
                List.of(httpCpu, endpointCpu, rowCpu)).markdown();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static Latencies fetch(HttpClient http, String api, PublishedListings listings, int clients, Duration duration) throws Exception {
        Latencies total = new Latencies();
        for (Latencies client : ClosedLoop.run(clients, duration, end -> client(http, api, listings, end))) {
            client.addTo(total);
        }
        return total;
    }

    private static Latencies client(HttpClient http, String api, PublishedListings listings, long endNanos) throws InterruptedException {
        Latencies latencies = new Latencies();
        while (System.nanoTime() < endNanos) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(api + listings.random())).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json").GET().build();
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
            } catch (IOException failed) {
                ok = false;
            }
            latencies.record(System.nanoTime() - start, ok);
        }
        return latencies;
    }

    /** Counting 200s is only meaningful if a 200 is the listing: checked once, before the load. */
    private static void requireListingAnswer(HttpClient http, String api, String id) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + id)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"id\":\"" + id + "\"") || !response.body().contains("\"photos\"")) {
            throw new IllegalStateException("GET " + api + id + " did not answer with the listing: " + response.statusCode() + " "
                    + response.body());
        }
    }
}
