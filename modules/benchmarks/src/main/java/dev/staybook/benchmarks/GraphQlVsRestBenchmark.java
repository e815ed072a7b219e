package dev.staybook.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The same reads through REST and through POST /graphql, interleaved: each client takes a read
 * ({@link ComparedRead}) and an argument (a random published listing, a city weighted like search traffic)
 * and sends both requests back to back, in random order, so both APIs see the same data, caches and
 * machine load. Reports p50/p95/p99 per read and API and the GraphQL/REST ratios.
 *
 * <p>{@code --base-url http://localhost:9080 --database staybook_bench --clients 4 --warmup 20 --duration 60
 * --out modules/benchmarks/results/graphql-vs-rest.md}
 */
public final class GraphQlVsRestBenchmark {

    enum Api { REST, GRAPHQL }

    private GraphQlVsRestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        String baseUrl = arguments.text("base-url", "http://localhost:9080");
        String database = arguments.text("database", "staybook_bench");
        int clients = arguments.number("clients", 4);
        Duration warmup = Duration.ofSeconds(arguments.number("warmup", 20));
        Duration duration = Duration.ofSeconds(arguments.number("duration", 60));
        Path out = Path.of(arguments.text("out", "modules/benchmarks/results/graphql-vs-rest.md"));

        MachineFacts machine = MachineFacts.collect(database);
        PublishedListings listings = PublishedListings.load(database);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("warming up for %d s with %d clients against %s (%,d listings)%n", warmup.toSeconds(), clients, baseUrl,
                listings.size());
        compare(http, baseUrl, listings, clients, warmup);
        System.out.printf("measuring for %d s%n", duration.toSeconds());
        String loadBefore = MachineFacts.loadAverage();
        ProcessCpu cpu = new ProcessCpu(Path.of("").toAbsolutePath().toString(), database);
        ReadLatencies measured = compare(http, baseUrl, listings, clients, duration);
        String cpuSeconds = ProcessCpu.describe(cpu.seconds(), duration);
        String loadAfter = MachineFacts.loadAverage();

        String report = new GraphQlVsRestReport(machine, baseUrl, listings.size(), clients, warmup, duration, measured,
                loadBefore, loadAfter, cpuSeconds).markdown();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static ReadLatencies compare(HttpClient http, String baseUrl, PublishedListings listings, int clients, Duration duration)
            throws Exception {
        ReadLatencies total = new ReadLatencies();
        List<ReadLatencies> perClient = ClosedLoop.run(clients, duration, end -> client(http, baseUrl, listings, end));
        perClient.forEach(client -> client.addTo(total));
        return total;
    }

    private static ReadLatencies client(HttpClient http, String baseUrl, PublishedListings listings, long endNanos)
            throws InterruptedException {
        ReadLatencies latencies = new ReadLatencies();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < endNanos) {
            ComparedRead read = ComparedRead.values()[random.nextInt(ComparedRead.values().length)];
            String argument = read == ComparedRead.LISTING_DETAILS ? listings.random()
                    : City.ALL.get((int) Math.floor(Math.pow(random.nextDouble(), 1.4) * City.ALL.size())).name();
            boolean restFirst = random.nextBoolean();
            for (Api api : restFirst ? new Api[] {Api.REST, Api.GRAPHQL} : new Api[] {Api.GRAPHQL, Api.REST}) {
                HttpRequest request = api == Api.REST ? read.rest(baseUrl, argument) : read.graphQl(baseUrl, argument);
                long start = System.nanoTime();
                boolean ok;
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    ok = response.statusCode() == 200 && read.answered(response.body(), argument);
                } catch (IOException failed) {
                    ok = false;
                }
                latencies.of(read, api).record(System.nanoTime() - start, ok);
            }
        }
        return latencies;
    }

    /** Latencies per read and API, for one client or merged. */
    static final class ReadLatencies {

        private final Latencies[][] byReadAndApi = new Latencies[ComparedRead.values().length][Api.values().length];

        ReadLatencies() {
            for (Latencies[] row : byReadAndApi) {
                for (int api = 0; api < row.length; api++) {
                    row[api] = new Latencies();
                }
            }
        }

        Latencies of(ComparedRead read, Api api) {
            return byReadAndApi[read.ordinal()][api.ordinal()];
        }

        void addTo(ReadLatencies total) {
            for (ComparedRead read : ComparedRead.values()) {
                for (Api api : Api.values()) {
                    of(read, api).addTo(total.of(read, api));
                }
            }
        }
    }
}
