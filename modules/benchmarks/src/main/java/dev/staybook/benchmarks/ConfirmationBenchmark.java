package dev.staybook.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Places bookings on a running server at fixed rates (open loop, POST /api/v1/bookings on instant-book
 * listings with the simulated gateway) and measures, in the database, how long each took from being placed
 * to CONFIRMED: the asynchronous chain bookings -> payments (authorize) -> bookings (confirm), with listings,
 * messaging and notifications served beside it. Each rate gets listings of its own; after each, the run waits
 * until nothing is pending payment, then checks that nothing expired and no two active bookings overlap.
 *
 * <p>{@code --base-url http://localhost:9080 --database staybook_bench_events --rates 300 --duration 60
 * --warmup 60 --listings 100 --guests 200 --connections 64 --drain-timeout 300 --out modules/benchmarks/results/confirmations.md}
 */
public final class ConfirmationBenchmark {

    /** What the issue asks of the chain: p99 from placed to confirmed under this, with every booking confirmed. */
    static final double TARGET_P99_SECONDS = 2.0;

    private ConfirmationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        String baseUrl = arguments.text("base-url", "http://localhost:9080");
        String database = arguments.text("database", "staybook_bench_events");
        List<Integer> rates = Arrays.stream(arguments.text("rates", "300").split(",")).map(String::strip).map(Integer::parseInt).toList();
        Duration duration = Duration.ofSeconds(arguments.number("duration", 60));
        Duration warmup = Duration.ofSeconds(arguments.number("warmup", 60)); // the JIT: 15 s left a booking costing twice its CPU
        int listingsPerRate = arguments.number("listings", 100);
        int connections = arguments.number("connections", 64);
        Duration drainTimeout = Duration.ofSeconds(arguments.number("drain-timeout", 300));
        Path out = Path.of(arguments.text("out", "modules/benchmarks/results/confirmations.md"));

        MachineFacts machine = MachineFacts.collect(database);
        StaybookClient client = new StaybookClient(baseUrl);
        String host = client.newHost("Confirmation Benchmark Host");
        List<String> guests = guests(client, arguments.number("guests", 200));
        System.out.printf("warming up at %d bookings/s for %d s%n", rates.get(0), warmup.toSeconds());
        book(client, host, guests, rates.get(0), warmup, listingsPerRate, connections);

        List<ConfirmationReport.Step> steps = new ArrayList<>();
        CpuUsage cpu = new CpuUsage(Path.of("").toAbsolutePath().toString());
        Optional<Path> server = cpu.serverProcess();
        for (int rate : rates) {
            String loadBefore = MachineFacts.loadAverage();
            System.out.printf("placing bookings at %d/s for %d s (load average %s)%n", rate, duration.toSeconds(), loadBefore);
            Map<CpuUsage.Consumer, Long> cpuBefore = cpu.snapshot();
            Optional<ServerThreads.Snapshot> threadsBefore = server.map(ServerThreads::of);
            Run run = book(client, host, guests, rate, duration, listingsPerRate, connections);
            Map<CpuUsage.Consumer, Double> cpuShares = CpuUsage.shares(cpuBefore, cpu.snapshot());
            ConfirmationChecks.Confirmations confirmations = new ConfirmationChecks(database, run.listings()).await(drainTimeout);
            double serverMsPerBooking = CpuUsage.milliseconds(cpu.snapshot().get(CpuUsage.Consumer.SERVER)
                    - cpuBefore.get(CpuUsage.Consumer.SERVER)) / Math.max(1, confirmations.placed());
            Map<ServerThreads.Kind, Double> serverMsByThreads = threadsBefore.map(before -> perBooking(
                    ServerThreads.millisecondsBetween(before, ServerThreads.of(server.get())), confirmations.placed())).orElse(Map.of());
            long overlapping = new BookingChecks(database, run.listings()).overlappingBookings();
            steps.add(new ConfirmationReport.Step(rate, run.outcome(), run.answers(), cpuShares, serverMsPerBooking, serverMsByThreads,
                    confirmations, overlapping, loadBefore));
            System.out.printf("  placed %,d, confirmed %,d, lag p99 %.2f s%n", confirmations.placed(), confirmations.confirmed(),
                    confirmations.p99());
        }

        String report = new ConfirmationReport(machine, baseUrl, database, duration, listingsPerRate, guests.size(), connections, steps)
                .markdown();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
        if (steps.stream().anyMatch(step -> step.overlapping() != 0 || step.answers().serverErrors() != 0)) {
            throw new IllegalStateException("the run broke a rule: overlapping bookings or server errors (see the report)");
        }
    }

    /** One rate's bookings: the schedule's outcome, every answer, and the listings they were made on. */
    record Run(FixedRateSchedule.Outcome<BookingOutcomes> outcome, BookingOutcomes answers, List<String> listings) {
    }

    private static Run book(StaybookClient client, String host, List<String> guests, int rate, Duration duration, int listingCount,
                            int connections) throws Exception {
        List<String> listings = listings(client, host, listingCount);
        StayPlanner planner = new StayPlanner(listings, LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2), 0);
        FixedRateSchedule.Outcome<BookingOutcomes> outcome = FixedRateSchedule.run(rate, connections, duration, BookingOutcomes::new,
                (index, intended, outcomes) -> {
                    StayPlanner.Stay stay = planner.next();
                    String guest = guests.get(ThreadLocalRandom.current().nextInt(guests.size()));
                    int status = client.book(guest, stay.listingId(), stay.checkIn(), stay.checkOut()).status();
                    outcomes.record(stay.overlapping(), new StaybookClient.Answer(status, System.nanoTime() - intended));
                });
        BookingOutcomes answers = new BookingOutcomes();
        outcome.results().forEach(connection -> connection.addTo(answers));
        return new Run(outcome, answers, listings);
    }

    private static List<String> listings(StaybookClient client, String host, int count) throws Exception {
        String city = "Confirmations " + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(client.publishedListing(host, city));
        }
        return ids;
    }

    private static Map<ServerThreads.Kind, Double> perBooking(Map<ServerThreads.Kind, Double> milliseconds, long bookings) {
        Map<ServerThreads.Kind, Double> perBooking = new EnumMap<>(ServerThreads.Kind.class);
        milliseconds.forEach((kind, spent) -> perBooking.put(kind, spent / Math.max(1, bookings)));
        return perBooking;
    }

    /** Registering hashes passwords (Argon2id), so a few at a time. */
    private static List<String> guests(StaybookClient client, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = "Confirmation Guest " + i;
                tokens.add(pool.submit(() -> client.newUser(name)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> token : tokens) {
                ids.add(token.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }
}
