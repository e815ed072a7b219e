package dev.staybook.benchmarks;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown a confirmation benchmark leaves behind: the machine, each rate's figures and the highest rate that met the target. */
record ConfirmationReport(MachineFacts machine, String baseUrl, String database, Duration duration, int listings, int guests,
                          int connections, List<Step> steps) {

    private static final String ROW = "| %d | %.1f | %.1f | %.0f / %.0f | %.1f | %.3f | %.3f | %.3f | %d | %d | %d"
            + " | %.0f %% / %.0f %% / %.0f %% | %.2f | %s | %s |%n";

    /** One fixed rate: what the load achieved, the answers, where the CPU went, and the confirmations. */
    record Step(int rate, FixedRateSchedule.Outcome<BookingOutcomes> outcome, BookingOutcomes answers,
                Map<CpuUsage.Consumer, Double> cpu, double serverMsPerBooking, Map<ServerThreads.Kind, Double> serverMsByThreads,
                ConfirmationChecks.Confirmations confirmations, long overlapping, String loadBefore) {

        double placedPerSecond() {
            return answers.createdCount() / (outcome.elapsedNanos() / 1e9);
        }

        /** The schedule was kept (within 5 %), everything confirmed, nothing expired or overlapping, and p99 under the target. */
        boolean metTheTarget() {
            return outcome.achievedRate() >= 0.95 * rate && confirmations.allConfirmed() && confirmations.expired() == 0
                    && overlapping == 0 && answers.serverErrors() == 0 && confirmations.p99() < ConfirmationBenchmark.TARGET_P99_SECONDS;
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Booking confirmation at fixed rates\n\n");
        md.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- machine: %d processors (%s), %s memory, %s; %s; %s%n".formatted(machine.processors(), machine.cpuModel(),
                machine.memory(), machine.os(), machine.java(), machine.postgres()));
        md.append("- **the server, PostgreSQL and this load generator share the machine's %d cores**%n".formatted(machine.processors()));
        md.append("- server at %s on database `%s` (simulated payment gateway); each rate books %d fresh instant-book listings for %d s"
                .formatted(baseUrl, database, listings, duration.toSeconds()))
                .append(" over %d connections, guests drawn from %d, every attempt for nights nobody asked for%n".formatted(connections, guests));
        md.append("- server CPU per booking: the Liberty process's CPU time from the start of the load until every booking was confirmed"
                + " (placing, delivering every event, queuing the mails), divided by the bookings placed; by thread: %s (from /proc, not"
                .formatted(threadKinds())
                + " JFR, whose samples take a few threads per period)\n");
        md.append("- lag: from the booking's creation to its CONFIRMED transition, both stamped by the server, over every booking placed")
                .append(" at that rate; confirmed/s: confirmed bookings from the first placed to the last confirmed\n\n");
        md.append("| rate (/s) | achieved (/s) | placed (/s) | 201 p50 / p99 (ms) | confirmed (/s) | lag p50 (s) | lag p99 (s) | lag max (s) |"
                + " expired | overlapping | 5xx | CPU server / PostgreSQL / load | server CPU per booking (ms) | by thread (ms) |"
                + " load average before |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | --- |\n");
        for (Step step : steps) {
            ConfirmationChecks.Confirmations c = step.confirmations();
            BookingOutcomes.Latencies created = step.answers().createdLatencies();
            md.append(ROW.formatted(
                    step.rate(), step.outcome().achievedRate(), step.placedPerSecond(), created.p50(), created.p99(),
                    c.confirmedPerSecond(), c.p50(), c.p99(), c.max(), c.expired(), step.overlapping(), step.answers().serverErrors(),
                    share(step, CpuUsage.Consumer.SERVER), share(step, CpuUsage.Consumer.POSTGRES),
                    share(step, CpuUsage.Consumer.LOAD_GENERATOR), step.serverMsPerBooking(), byThread(step), step.loadBefore()));
        }
        md.append('\n');
        for (Step step : steps) {
            ConfirmationChecks.Confirmations c = step.confirmations();
            md.append("- %d/s: %,d placed, %,d confirmed, %,d still pending payment when the run stopped waiting; answers %s%n".formatted(
                    step.rate(), c.placed(), c.confirmed(), c.pendingPayment(), step.answers().statuses()));
        }
        md.append("\n**Highest rate that met the target** (p99 lag < %.0f s, all confirmed, none expired or overlapping, schedule kept): %s%n"
                .formatted(ConfirmationBenchmark.TARGET_P99_SECONDS, steps.stream().filter(Step::metTheTarget).mapToInt(Step::rate).max()
                        .stream().mapToObj(rate -> rate + " bookings/s").findFirst().orElse("none of the rates tried")));
        return md.toString();
    }

    private static String threadKinds() {
        return Arrays.stream(ServerThreads.Kind.values()).map(kind -> kind.label).collect(Collectors.joining(" / "));
    }

    /** Per booking, in the order of {@link #threadKinds()}; "n/a" when the server runs on another machine. */
    private static String byThread(Step step) {
        if (step.serverMsByThreads().isEmpty()) {
            return "n/a";
        }
        return Arrays.stream(ServerThreads.Kind.values()).map(kind -> "%.2f".formatted(step.serverMsByThreads().get(kind)))
                .collect(Collectors.joining(" / "));
    }

    private static double share(Step step, CpuUsage.Consumer consumer) {
        return step.cpu().getOrDefault(consumer, 0.0);
    }
}
