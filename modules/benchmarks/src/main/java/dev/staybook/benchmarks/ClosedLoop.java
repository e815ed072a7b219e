package dev.staybook.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** N clients, each sending its next request as soon as the last one is answered, until the time is up. */
final class ClosedLoop {

    /** One client's loop: sends requests until System.nanoTime() passes the end and returns what it measured. */
    interface Client<T> {
        T run(long endNanos) throws Exception;
    }

    private ClosedLoop() {
    }

    static <T> List<T> run(int clients, Duration duration, Client<T> client) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> client.run(end)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
