package dev.staybook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Latency of the listing cache on a running server: each listing's details and each search page are read
 * once uncached (X-Cache: MISS) and then {@code --hits} times from the cache (HIT), one request at a time,
 * so the numbers are latencies rather than throughput. Misses are real first reads: every listing and
 * every search (a distinct minPrice below the listings' price, so the same results) is new to the cache.
 * A read whose X-Cache is not the expected one is counted, not measured.
 *
 * <p>{@code --base-url http://localhost:9080 --listings 200 --hits 3 --out modules/benchmarks/results/cache.md}
 */
public final class CacheBenchmark {

    private static final int WARM_UP_READS = 30;

    private CacheBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        String baseUrl = arguments.text("base-url", "http://localhost:9080");
        int listings = arguments.number("listings", 200);
        int hits = arguments.number("hits", 3);
        Path out = Path.of(arguments.text("out", "modules/benchmarks/results/cache.md"));

        StaybookClient client = new StaybookClient(baseUrl);
        String host = client.newHost("Cache Benchmark Host");
        String city = "Cachebench " + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < listings + WARM_UP_READS; i++) {
            ids.add(client.publishedListing(host, city));
        }
        System.out.printf("%d listings published in %s; warming up%n", ids.size(), city);
        for (String id : ids.subList(0, WARM_UP_READS)) {
            client.read("/listings/" + id);
            client.read("/listings/" + id);
        }

        String loadBefore = BenchmarkReport.loadAverage();
        Series details = new Series();
        for (String id : ids.subList(WARM_UP_READS, ids.size())) {
            details.measure(client, "/listings/" + id, hits);
        }
        Series search = new Series();
        for (int i = 1; i <= listings; i++) {
            String minPrice = "%d.%02d".formatted(i / 100, i % 100);
            search.measure(client, "/listings?city=" + city.replace(" ", "%20") + "&minPrice=" + minPrice + "&sort=price", hits);
        }
        String loadAfter = BenchmarkReport.loadAverage();

        String report = report(baseUrl, listings, hits, details, search, loadBefore, loadAfter);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Miss and hit latencies of one kind of read, and the reads that were not what they should have been. */
    private static final class Series {

        final List<Long> misses = new ArrayList<>();
        final List<Long> hits = new ArrayList<>();
        int unexpected;

        void measure(StaybookClient client, String path, int hitCount) throws InterruptedException {
            record(client.read(path), "MISS", misses);
            for (int i = 0; i < hitCount; i++) {
                record(client.read(path), "HIT", hits);
            }
        }

        private void record(StaybookClient.Read read, String expected, List<Long> into) {
            if (read.status() == 200 && expected.equals(read.cache())) {
                into.add(read.nanos());
            } else {
                unexpected++;
            }
        }
    }

    private static String report(String baseUrl, int listings, int hits, Series details, Series search, String loadBefore,
                                 String loadAfter) throws IOException {
        StringBuilder md = new StringBuilder("# Cache benchmark\n\n");
        md.append("Run %s against %s: %d listings read once uncached and %d times cached, and %d search pages the same way, "
                .formatted(Instant.now(), baseUrl, listings, hits, listings));
        md.append("one request at a time from one client (latency, not throughput). %d processors; ".formatted(Runtime.getRuntime().availableProcessors()));
        md.append("load average (1, 5, 15 min) %s before, %s after (the machine may be shared).%n%n".formatted(loadBefore, loadAfter));
        md.append("| read | requests | unexpected X-Cache | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        row(md, "listing details, miss", details.misses, details.unexpected);
        row(md, "listing details, hit", details.hits, 0);
        row(md, "search page, miss", search.misses, search.unexpected);
        row(md, "search page, hit", search.hits, 0);
        return md.toString();
    }

    private static void row(StringBuilder md, String name, List<Long> nanos, int unexpected) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        md.append("| %s | %,d | %d | %.2f | %.2f | %.2f | %.2f |%n".formatted(name, sorted.size(), unexpected,
                BenchmarkReport.percentile(sorted, 50), BenchmarkReport.percentile(sorted, 90), BenchmarkReport.percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6));
    }
}
