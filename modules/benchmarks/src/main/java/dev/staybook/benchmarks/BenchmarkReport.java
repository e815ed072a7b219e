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

/** The Markdown a search benchmark run leaves behind: when, on what, and the latency percentiles per query shape. */
final class BenchmarkReport {

    private final LatencyRecorder latencies;
    private final Duration duration;
    private final String load;
    private final String data;
    private final MachineFacts machine;
    private final String machineLoad;

    /** {@code load} and {@code data} are the report's "load" and "data" lines: how requests were sent, and to what. */
    BenchmarkReport(LatencyRecorder latencies, Duration duration, String load, String data, MachineFacts machine, String machineLoad) {
        this.latencies = latencies;
        this.duration = duration;
        this.load = load;
        this.data = data;
        this.machine = machine;
        this.machineLoad = machineLoad;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Search benchmark\n\n");
        md.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- machine: %d processors (%s), %s memory, %s; %s; %s; server, PostgreSQL and load generator on the same machine%n"
                .formatted(machine.processors(), machine.cpuModel(), machine.memory(), machine.os(), machine.java(), machine.postgres()));
        md.append("- other work on the machine: ").append(machineLoad).append('\n');
        md.append("- data: ").append(data).append('\n');
        md.append("- load: ").append(load).append("\n\n");
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
                sorted.size() / (duration.toMillis() / 1000.0), percentile(sorted, 50), percentile(sorted, 90),
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
}
