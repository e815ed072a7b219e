package dev.staybook.benchmarks;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The Markdown of a GraphQL against REST run: percentiles per read and API, and GraphQL's latency as a multiple of REST's. */
record GraphQlVsRestReport(MachineFacts machine, String baseUrl, int listings, int clients, Duration warmup, Duration duration,
                           GraphQlVsRestBenchmark.ReadLatencies latencies, String loadBefore, String loadAfter,
                           String cpuSeconds) {

    static final double TARGET_RATIO = 1.5;
    private static final double[] PERCENTILES = {50, 95, 99};

    String markdown() {
        StringBuilder md = new StringBuilder("# GraphQL against REST: the same reads, interleaved\n\n");
        md.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- machine: %d processors (%s), %s memory, %s; %s; %s%n".formatted(machine.processors(), machine.cpuModel(),
                machine.memory(), machine.os(), machine.java(), machine.postgres()));
        md.append("- server, PostgreSQL and load generator share the machine; load average (1, 5, 15 min) %s before, %s after%n"
                .formatted(loadBefore, loadAfter));
        md.append("- ").append(cpuSeconds).append('\n');
        md.append("- data: %,d published listings (GenerateListings); server %s%n".formatted(listings, baseUrl));
        md.append("- load: %d concurrent clients, closed loop, %d s measured after a %d s warm-up; each client sends the REST and the"
                .formatted(clients, duration.toSeconds(), warmup.toSeconds()))
                .append(" GraphQL request for the same argument back to back, in random order\n\n");
        for (ComparedRead read : ComparedRead.values()) {
            section(md, read);
        }
        return md.toString();
    }

    private void section(StringBuilder md, ComparedRead read) {
        Latencies rest = latencies.of(read, GraphQlVsRestBenchmark.Api.REST);
        Latencies graphQl = latencies.of(read, GraphQlVsRestBenchmark.Api.GRAPHQL);
        md.append("## ").append(read.label).append("\n\n");
        md.append("| API | requests | errors | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        row(md, "REST", rest);
        row(md, "GraphQL", graphQl);
        md.append("| **GraphQL / REST** | | |");
        for (double percent : PERCENTILES) {
            double ratio = graphQl.percentileMillis(percent) / rest.percentileMillis(percent);
            md.append(" **%.2f** (%s) |".formatted(ratio, ratio <= TARGET_RATIO ? "≤ 1.5" : "> 1.5"));
        }
        md.append(" |\n\n");
    }

    private static void row(StringBuilder md, String api, Latencies latencies) {
        md.append("| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f |%n".formatted(api, latencies.count(), latencies.errors(),
                latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.maxMillis()));
    }
}
