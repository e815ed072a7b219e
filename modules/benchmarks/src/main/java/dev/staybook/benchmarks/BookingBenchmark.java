package dev.staybook.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Books stays on a running server (POST /api/v1/bookings) from concurrent clients and checks afterwards,
 * in the database, that no two active bookings share a night. Sets up its own users and listings: N
 * guests and one host with M published instant-book listings. A share of the attempts deliberately asks
 * for nights another attempt just asked for, so that the exclusion constraint is raced all along. Reports
 * successful bookings per second, latency percentiles of 201 and 409 answers, errors, where the CPU went,
 * and how long the asynchronous follow-up (payment authorized and captured, booking confirmed, calendar
 * updated) took to catch up.
 *
 * <p>{@code --base-url http://localhost:9080 --database staybook_bench_bookings --guests 200 --listings 100
 * --clients 16 --overlap-percent 20 --warmup 15 --duration 60 --drain-timeout 600
 * --out modules/benchmarks/results/bookings.md}
 */
public final class BookingBenchmark {

    private BookingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        BookingReport.Parameters parameters = new BookingReport.Parameters(
                arguments.text("base-url", "http://localhost:9080"), arguments.text("database", "staybook_bench_bookings"),
                arguments.number("guests", 200), arguments.number("listings", 100), arguments.number("clients", 16),
                arguments.number("overlap-percent", 20), Duration.ofSeconds(arguments.number("warmup", 15)),
                Duration.ofSeconds(arguments.number("duration", 60)));
        Duration drainTimeout = Duration.ofSeconds(arguments.number("drain-timeout", 600));
        Path out = Path.of(arguments.text("out", "modules/benchmarks/results/bookings.md"));

        MachineFacts machine = MachineFacts.collect(parameters.database());
        String loadBefore = MachineFacts.loadAverage();
        StaybookClient client = new StaybookClient(parameters.baseUrl());
        System.out.printf("setting up %d listings and %d guests on %s (load average %s)%n", parameters.listings(),
                parameters.guests(), parameters.baseUrl(), loadBefore);
        List<String> listings = listings(client, parameters.listings());
        List<String> guests = guests(client, parameters.guests());
        StayPlanner planner = new StayPlanner(listings, LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2), parameters.overlapPercent());
        BookingLoad load = new BookingLoad(client, guests, planner, parameters.clients());

        System.out.printf("warming up for %d s with %d clients%n", parameters.warmup().toSeconds(), parameters.clients());
        BookingOutcomes warmup = load.run(parameters.warmup());
        System.out.printf("measuring for %d s%n", parameters.duration().toSeconds());
        CpuUsage cpu = new CpuUsage(Path.of("").toAbsolutePath().toString());
        Map<CpuUsage.Consumer, Long> cpuBefore = cpu.snapshot();
        BookingOutcomes measured = load.run(parameters.duration());
        Map<CpuUsage.Consumer, Double> cpuShares = CpuUsage.shares(cpuBefore, cpu.snapshot());

        long created = warmup.createdCount() + measured.createdCount();
        BookingChecks checks = new BookingChecks(parameters.database(), listings);
        long overlapping = checks.overlappingBookings();
        long active = checks.activeBookings();
        System.out.printf("%,d bookings made; waiting for payments, confirmations and calendars to catch up%n", created);
        long waitStart = System.nanoTime();
        BookingChecks.Pipeline pipeline = checks.awaitPipeline(created, drainTimeout);
        Duration waited = Duration.ofNanos(System.nanoTime() - waitStart);

        String report = new BookingReport(parameters, machine, loadBefore, measured, cpuShares, overlapping, active, created,
                pipeline, waited, checks.deliveryLags()).markdown();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
        if (overlapping != 0 || active != created || measured.serverErrors() + warmup.serverErrors() != 0) {
            throw new IllegalStateException("the run broke a rule: overlapping bookings, lost bookings or server errors (see the report)");
        }
    }

    private static List<String> listings(StaybookClient client, int count) throws Exception {
        String host = client.newHost("Benchmark Host");
        String city = "Benchmark " + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(client.publishedListing(host, city));
        }
        return ids;
    }

    /** Registering hashes passwords (Argon2id), so a few at a time. */
    private static List<String> guests(StaybookClient client, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = "Benchmark Guest " + i;
                tokens.add(pool.submit(() -> client.newUser(name)));
            }
            List<String> guests = new ArrayList<>();
            for (Future<String> token : tokens) {
                guests.add(token.get());
            }
            return guests;
        } finally {
            pool.shutdown();
        }
    }
}
