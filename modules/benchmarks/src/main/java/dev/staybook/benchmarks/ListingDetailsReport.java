package dev.staybook.benchmarks;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The Markdown of a listing details run: HTTP throughput, pgbench's for the same lookups, their ratio,
 * and the same ratio per CPU second used (on a shared machine the raw ratio also measures how much
 * CPU each side got from the scheduler).
 */
record ListingDetailsReport(MachineFacts machine, String baseUrl, String database, int listings, int clients, Duration warmup,
                            Duration duration, Latencies http, Pgbench.Result endpoint, Pgbench.Result listingRow,
                            List<String> loadAverages, List<Map<ProcessCpu.Part, Double>> partCpu) {

    static final double TARGET_RATIO = 0.20;

    String markdown() {
        double seconds = duration.toMillis() / 1000.0;
        long answered = http.count() - http.errors();
        double httpThroughput = answered / seconds;
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
                http.errors(), httpThroughput, http.meanMillis(), http.percentileMillis(50), http.percentileMillis(99)));
        pgbenchRow(md, "pgbench: the endpoint's statements (2 transactions, 3 selects)", endpoint);
        pgbenchRow(md, "pgbench: the listing row by primary key (select-only)", listingRow);
        cpuPerRequest(md, answered);

        double httpPerCpu = answered / (cpu(0, ProcessCpu.Part.SERVER) + cpu(0, ProcessCpu.Part.DATABASE));
        md.append("\n| ratio | value | target ≥ %.2f |\n| --- | ---: | --- |\n".formatted(TARGET_RATIO));
        ratioRow(md, "HTTP / pgbench with the endpoint's statements, requests per second", httpThroughput / endpoint.tps());
        ratioRow(md, "HTTP / pgbench select-only of the listing row, requests per second", httpThroughput / listingRow.tps());
        ratioRow(md, "HTTP / pgbench with the endpoint's statements, per CPU second of server + database",
                httpPerCpu / (endpoint.transactions() / cpu(1, ProcessCpu.Part.DATABASE)));
        ratioRow(md, "HTTP / pgbench select-only of the listing row, per CPU second of server + database",
                httpPerCpu / (listingRow.transactions() / cpu(2, ProcessCpu.Part.DATABASE)));

        md.append("\npgbench commands (scripts in `ListingDetailsSql`):\n\n");
        md.append("```\n").append(endpoint.command()).append("\n").append(listingRow.command()).append("\n```\n");
        return md.toString();
    }

    /** CPU milliseconds per answered request or transaction, per part: what each costs regardless of the CPU it was given. */
    private void cpuPerRequest(StringBuilder md, long answered) {
        md.append("\n| CPU seconds (ms per request or transaction) | HTTP run | pgbench, endpoint's statements | pgbench, listing row |\n");
        md.append("| --- | ---: | ---: | ---: |\n");
        for (ProcessCpu.Part part : ProcessCpu.Part.values()) {
            md.append("| %s | %.1f (%.3f) | %.1f (%.3f) | %.1f (%.3f) |%n".formatted(part.label, cpu(0, part), 1000 * cpu(0, part) / answered,
                    cpu(1, part), 1000 * cpu(1, part) / endpoint.transactions(), cpu(2, part),
                    1000 * cpu(2, part) / listingRow.transactions()));
        }
        md.append("| available: %d processors × %d s | %d | %d | %d |%n".formatted(machine.processors(), duration.toSeconds(),
                machine.processors() * duration.toSeconds(), machine.processors() * duration.toSeconds(),
                machine.processors() * duration.toSeconds()));
    }

    private double cpu(int run, ProcessCpu.Part part) {
        return partCpu.get(run).get(part);
    }

    private static void pgbenchRow(StringBuilder md, String name, Pgbench.Result result) {
        md.append("| %s | %,d | %d | **%.1f** | %.2f | | |%n".formatted(name, result.transactions(), result.failed(), result.tps(),
                result.averageLatencyMillis()));
    }

    private static void ratioRow(StringBuilder md, String name, double ratio) {
        md.append("| %s | **%.3f** | %s |%n".formatted(name, ratio, ratio >= TARGET_RATIO ? "met" : "NOT met"));
    }
}
