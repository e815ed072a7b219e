package dev.staybook.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/** Concurrent clients booking as fast as the server answers, each for a random guest, until the time is up. */
final class BookingLoad {

    private final StaybookClient client;
    private final List<String> guestTokens;
    private final StayPlanner planner;
    private final int clients;

    BookingLoad(StaybookClient client, List<String> guestTokens, StayPlanner planner, int clients) {
        this.client = client;
        this.guestTokens = List.copyOf(guestTokens);
        this.planner = planner;
        this.clients = clients;
    }

    BookingOutcomes run(Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<BookingOutcomes>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                results.add(pool.submit(() -> bookUntil(end)));
            }
            BookingOutcomes total = new BookingOutcomes();
            for (Future<BookingOutcomes> result : results) {
                result.get().addTo(total);
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    private BookingOutcomes bookUntil(long endNanos) throws InterruptedException {
        BookingOutcomes outcomes = new BookingOutcomes();
        while (System.nanoTime() < endNanos) {
            StayPlanner.Stay stay = planner.next();
            String guest = guestTokens.get(ThreadLocalRandom.current().nextInt(guestTokens.size()));
            outcomes.record(stay.overlapping(), client.book(guest, stay.listingId(), stay.checkIn(), stay.checkOut()));
        }
        return outcomes;
    }
}
