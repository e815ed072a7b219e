package dev.staybook.benchmarks;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The Markdown of a listing details run: HTTP throughput, pgbench's for the same lookups, and their ratio. */
record ListingDetailsReport(MachineFacts machine, String baseUrl, String database, int listings, int clients, Duration warmup,
                            Duration duration, Latencies http, Pgbench.Result endpoint, Pgbench.Result listingRow,
                            List<String> loadAverages, List<Map<CpuUsage.Consumer, Double>> cpu) {

    static final double TARGET_RATIO = 0.20;

    String markdown() {
        double seconds = duration.toMillis() / 1000.0;
        double httpThroughput = (http.count() - http.errors()) / seconds;
        StringBuilder md = new StringBuilder("# Listing details: GET /api/v1/listings/{id} against pgbench\n\n");
        md.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- machine: %d processors (%s), %s memory, %s; %s; %s%n".formatted(machine.processors(), machine.cpuModel(),
                machine.memory(), machine.os(), machine.java(), machine.postgres()));
        md.append("- server, PostgreSQL, the HTTP load generator and pgbench share the machine; load average (1, 5, 15 min) ")
                .append("%s before, %s after the HTTP run, %s after pgbench%n".formatted(loadAverages.get(0), loadAverages.get(1),
                        loadAverages.get(2)));
        md.append("- data: %,d published listings in `%s` (GenerateListings); each request and each pgbench transaction picks one at random%n"
                .formatted(listings, database));
        md.append("- load: %d concurrent clients, closed loop, %d s measured after a %d s warm-up (HTTP), then pgbench with %d clients for %d s per script%n%n"
                .formatted(clients, duration.toSeconds(), warmup.toSeconds(), clients, duration.toSeconds()));
        md.append("| what | requests or transactions | errors | per second | mean (ms) | p50 (ms) | p99 (ms) |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        md.append("| GET %s/api/v1/listings/{id} | %,d | %d | **%.1f** | %.2f | %.2f | %.2f |%n".formatted(baseUrl, http.count(),
                http.errors(), httpThroughput, http.meanMillis(), http.percentileMillis(50),
                http.percentileMillis(99)));
        pgbenchRow(md, "pgbench: the endpoint's statements (2 transactions, 3 selects)", endpoint);
        pgbenchRow(md, "pgbench: the listing row by primary key (select-only)", listingRow);
        md.append("\n| ratio | value | target |\n| --- | ---: | --- |\n");
        ratioRow(md, "HTTP / pgbench with the endpoint's statements", httpThroughput / endpoint.tps());
        ratioRow(md, "HTTP / pgbench select-only of the listing row", httpThroughput / listingRow.tps());
        md.append("\n## Where the CPU went (%% of all processors)\n\n| consumer | HTTP run | pgbench, endpoint's statements |\n| --- | ---: | ---: |\n");
        for (CpuUsage.Consumer consumer : CpuUsage.Consumer.values()) {
            md.append("| %s | %.1f %% | %.1f %% |%n".formatted(consumer == CpuUsage.Consumer.OTHERS
                    ? consumer.label + " (pgbench during its run)" : consumer.label, cpu.get(0).get(consumer), cpu.get(1).get(consumer)));
        }
        md.append("\npgbench commands (script in `ListingDetailsSql`):\n\n");
        md.append("```\n").append(endpoint.command()).append("\n").append(listingRow.command()).append("\n```\n");
        return md.toString();
    }

    private static void pgbenchRow(StringBuilder md, String name, Pgbench.Result result) {
        md.append("| %s | %,d | %d | **%.1f** | %.2f | | |%n".formatted(name, result.transactions(), result.failed(), result.tps(),
                result.averageLatencyMillis()));
    }

    private static void ratioRow(StringBuilder md, String name, double ratio) {
        md.append("| %s | **%.3f** | ≥ %.2f: %s |%n".formatted(name, ratio, TARGET_RATIO, ratio >= TARGET_RATIO ? "met" : "NOT met"));
    }
}
