package dev.staybook.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop search load: requests are scheduled at a fixed rate whatever the server does, sent
 * asynchronously (a slow answer never delays the next request), and each latency is measured from the
 * request's intended send time. A server that stalls therefore shows its stall in every request
 * scheduled during it, instead of hiding it by slowing the load down (coordinated omission).
 */
final class FixedRateLoad {

    private final HttpClient http;
    private final String baseUrl;
    private final int ratePerSecond;

    FixedRateLoad(HttpClient http, String baseUrl, int ratePerSecond) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.ratePerSecond = ratePerSecond;
    }

    /** What a run measured, and how late the load generator itself sent its latest request (it should be ~0). */
    record Outcome(LatencyRecorder latencies, int scheduled, long maxSendLagNanos, int unanswered) {
    }

    Outcome run(Duration duration, long seed) throws InterruptedException {
        Random random = new Random(seed);
        LatencyRecorder latencies = new LatencyRecorder();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        int scheduled = (int) (duration.toSeconds() * ratePerSecond);
        long maxLag = 0;
        for (int i = 0; i < scheduled; i++) {
            long intended = start + i * 1_000_000_000L / ratePerSecond;
            for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            maxLag = Math.max(maxLag, System.nanoTime() - intended);
            QueryShape shape = QueryShape.pick(random);
            City city = City.ALL.get((int) Math.floor(Math.pow(random.nextDouble(), 1.4) * City.ALL.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/listings?" + shape.query(random, city)))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                boolean ok = failure == null && response.statusCode() == 200;
                synchronized (latencies) {
                    latencies.record(shape, System.nanoTime() - intended, ok);
                }
            }));
        }
        int unanswered = awaitAll(inFlight);
        synchronized (latencies) {
            return new Outcome(latencies, scheduled, maxLag, unanswered);
        }
    }

    /** Waits for the last answers (every request has a 10 s timeout); counts those that never came back. */
    private static int awaitAll(List<CompletableFuture<?>> inFlight) throws InterruptedException {
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException stuck) {
            // counted below
        }
        return (int) inFlight.stream().filter(future -> !future.isDone()).count();
    }
}
