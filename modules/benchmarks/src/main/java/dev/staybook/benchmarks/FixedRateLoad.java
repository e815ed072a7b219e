package dev.staybook.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop search load in the manner of wrk2: requests are scheduled at a fixed rate whatever the server
 * does, and each latency is measured from the request's intended send time. Requests go out over a fixed
 * number of connections (one thread each, taking the next scheduled request when free), so a server that
 * falls behind makes requests wait for a connection, and that wait counts in their latency: a stall shows
 * in every request scheduled during it instead of slowing the load down (coordinated omission).
 */
final class FixedRateLoad {

    private final HttpClient http;
    private final String baseUrl;
    private final int ratePerSecond;
    private final int connections;

    FixedRateLoad(HttpClient http, String baseUrl, int ratePerSecond, int connections) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.ratePerSecond = ratePerSecond;
        this.connections = connections;
    }

    /**
     * What a run measured, the longest a request waited for a free connection (counted in its latency), and
     * how long the run took: longer than scheduled when the server fell behind.
     */
    record Outcome(LatencyRecorder latencies, int scheduled, long maxQueueNanos, long elapsedNanos) {

        double achievedRate() {
            return latencies.all().size() / (elapsedNanos / 1e9);
        }
    }

    Outcome run(Duration duration) throws Exception {
        int scheduled = (int) (duration.toSeconds() * ratePerSecond);
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicLong maxQueue = new AtomicLong();
        LatencyRecorder total = new LatencyRecorder();
        long seed = System.nanoTime();
        // no deadline of its own: a connection stops when the schedule is used up
        for (LatencyRecorder recorder : ClosedLoop.run(connections, Duration.ofDays(1), end -> {
            Random random = new Random(seed + Thread.currentThread().getId());
            LatencyRecorder latencies = new LatencyRecorder();
            for (int i = next.getAndIncrement(); i < scheduled; i = next.getAndIncrement()) {
                long intended = start + i * 1_000_000_000L / ratePerSecond;
                for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                long queued = System.nanoTime() - intended;
                maxQueue.accumulateAndGet(queued, Math::max);
                send(random, latencies, intended);
            }
            return latencies;
        })) {
            recorder.addTo(total);
        }
        return new Outcome(total, scheduled, maxQueue.get(), System.nanoTime() - start);
    }

    private void send(Random random, LatencyRecorder latencies, long intended) throws InterruptedException {
        QueryShape shape = QueryShape.pick(random);
        City city = City.ALL.get((int) Math.floor(Math.pow(random.nextDouble(), 1.4) * City.ALL.size()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/listings?" + shape.query(random, city)))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build();
        boolean ok;
        try {
            ok = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
        } catch (IOException failed) {
            ok = false;
        }
        latencies.record(shape, System.nanoTime() - intended, ok);
    }
}
