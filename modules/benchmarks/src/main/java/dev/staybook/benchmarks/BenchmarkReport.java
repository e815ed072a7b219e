package dev.staybook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The Markdown a benchmark run leaves behind: when, on what, and the latency percentiles per query shape. */
final class BenchmarkReport {

    private final LatencyRecorder latencies;
    private final Duration duration;
    private final int clients;
    private final long listings;
    private final String baseUrl;
    private final String machineLoad;

    BenchmarkReport(LatencyRecorder latencies, Duration duration, int clients, long listings, String baseUrl, String machineLoad) {
        this.latencies = latencies;
        this.duration = duration;
        this.clients = clients;
        this.listings = listings;
        this.baseUrl = baseUrl;
        this.machineLoad = machineLoad;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Search benchmark\n\n");
        md.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" processors (nproc), ")
                .append(memory()).append(" memory; server, PostgreSQL and load generator on the same machine\n");
        md.append("- other work on the machine: ").append(machineLoad).append('\n');
        md.append("- data: %,d published listings (GenerateListings)%n".formatted(listings));
        md.append("- load: %d concurrent clients for %d s after a warm-up, against %s/api/v1/listings%n%n"
                .formatted(clients, duration.toSeconds(), baseUrl));
        md.append("| query shape | requests | errors | throughput (req/s) | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (QueryShape shape : QueryShape.values()) {
            row(md, shape.name().toLowerCase().replace('_', ' '), latencies.of(shape), latencies.errors(shape));
        }
        row(md, "**all**", latencies.all(), latencies.allErrors());
        return md.toString();
    }

    private void row(StringBuilder md, String name, List<Long> nanos, int errors) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        md.append("| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n".formatted(name, sorted.size(), errors,
                sorted.size() / (double) duration.toSeconds(), percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6));
    }

    static double percentile(List<Long> sorted, double percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** The 1, 5 and 15 minute load averages: the machine is shared, and they say how much. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").findFirst().orElse("unknown");
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }
}
