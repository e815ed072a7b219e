package dev.staybook.benchmarks;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The Markdown a booking benchmark run leaves behind: when, on what, with which parameters, and the figures. */
record BookingReport(Parameters parameters, MachineFacts machine, String loadBefore, BookingOutcomes outcomes,
                     Map<CpuUsage.Consumer, Double> cpu, long overlapping, long active, long createdInRun,
                     BookingChecks.Pipeline pipeline, Duration pipelineWait, List<BookingChecks.DeliveryLag> deliveryLags) {

    /** What the run was asked to do. */
    record Parameters(String baseUrl, String database, int guests, int listings, int clients, int overlapPercent,
                      Duration warmup, Duration duration) {
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Booking benchmark\n\n");
        md.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- machine: %d processors (%s), %s memory, %s; %s; %s%n".formatted(machine.processors(), machine.cpuModel(),
                machine.memory(), machine.os(), machine.java(), machine.postgres()));
        md.append("- server, PostgreSQL and load generator share the machine; load average before the run: ")
                .append(loadBefore).append('\n');
        md.append("- server: `mvn -Pserve -Dstaybook.dev.db.name=%s` at %s (simulated payment gateway)%n"
                .formatted(parameters.database(), parameters.baseUrl()));
        md.append("- load: %d guests, 1 host with %d published instant-book listings; %d concurrent clients for %d s after a "
                .formatted(parameters.guests(), parameters.listings(), parameters.clients(), parameters.duration().toSeconds()))
                .append("%d s warm-up; %d %% of attempts deliberately ask again for two nights (or one of them) just handed out%n%n"
                        .formatted(parameters.warmup().toSeconds(), parameters.overlapPercent()));
        figures(md);
        return md.toString();
    }

    private void figures(StringBuilder md) {
        double seconds = parameters.duration().toMillis() / 1000.0;
        md.append("## Throughput and latency (measured window)\n\n");
        md.append("| answer | count | per second | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        latencyRow(md, "201 booked", outcomes.createdLatencies(), seconds);
        latencyRow(md, "409 dates unavailable", outcomes.unavailableLatencies(), seconds);
        md.append("\n- attempts: %,d (%.1f/s); **successful bookings: %.1f/s**%n".formatted(outcomes.attempts(),
                outcomes.attempts() / seconds, outcomes.createdCount() / seconds));
        md.append("- answers by status: ").append(outcomes.statuses()).append(" (0 = no answer)\n");
        md.append("- server errors (5xx): %d; other unexpected answers: %d%n%n".formatted(outcomes.serverErrors(),
                outcomes.unexpected() - outcomes.serverErrors()));
        md.append("| attempt | 201 | 409 | other |\n| --- | ---: | ---: | ---: |\n");
        for (boolean overlapping : new boolean[] {false, true}) {
            md.append("| %s | %,d | %,d | %,d |%n".formatted(overlapping ? "overlapping" : "fresh", outcomes.count(overlapping, 0),
                    outcomes.count(overlapping, 1), outcomes.count(overlapping, 2)));
        }
        md.append("\n## Where the CPU went (measured window, % of all processors)\n\n| consumer | share |\n| --- | ---: |\n");
        cpu.forEach((consumer, share) -> md.append("| %s | %.1f %% |%n".formatted(consumer.label, share)));
        md.append("\n## Database checks after the run\n\n");
        md.append("- overlapping active bookings: **%d**%n".formatted(overlapping));
        md.append("- active bookings of the run's listings: %,d; 201 answers in warm-up and measured window: %,d%n"
                .formatted(active, createdInRun));
        md.append("- follow-up %s %d s after the load: %,d confirmed, %,d payments captured, %,d stays held in the calendar, %,d expired%n"
                .formatted(pipeline.caughtUpWith(createdInRun) ? "complete" : "NOT complete", pipelineWait.toSeconds(),
                        pipeline.confirmed(), pipeline.captured(), pipeline.nightsHeld(), pipeline.expired()));
        double loadSeconds = (parameters.warmup().toMillis() + parameters.duration().toMillis()) / 1000.0;
        md.append("- confirmed bookings per second, from the start of the load until the follow-up caught up: %.1f%n"
                .formatted(pipeline.confirmed() / (loadSeconds + pipelineWait.toMillis() / 1000.0)));
        for (BookingChecks.DeliveryLag lag : deliveryLags) {
            md.append("- %s: %,d deliveries of the run's events; the %,d delivered waited on average %.2f s (at most %.2f s)"
                    .formatted(lag.subscriber(), lag.deliveries(), lag.delivered(), lag.averageWait(), lag.maxWait()))
                    .append(" before a worker handed them to their subscriber; %,d still pending, %,d parked or dismissed%n"
                            .formatted(lag.pending(), lag.parkedOrDismissed()));
        }
    }

    private static void latencyRow(StringBuilder md, String name, BookingOutcomes.Latencies latencies, double seconds) {
        md.append("| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |%n".formatted(name, latencies.count(), latencies.count() / seconds,
                latencies.p50(), latencies.p90(), latencies.p99(), latencies.max()));
    }
}
