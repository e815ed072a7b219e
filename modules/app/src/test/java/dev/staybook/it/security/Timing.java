package dev.staybook.it.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long the server takes to answer a request, as its median over a few tries: one try on a shared machine can
 * meet a collection pause or another build's burst; the median cannot be made slow by one of them, while work
 * the request itself causes (seconds of CPU for a huge number) slows every try.
 */
final class Timing {

    private static final int TRIES = 5;

    private Timing() {
    }

    static Duration median(Runnable request) {
        request.run(); // the first answer of a path loads classes; it is not what is measured
        List<Duration> took = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            long start = System.nanoTime();
            request.run();
            took.add(Duration.ofNanos(System.nanoTime() - start));
        }
        Collections.sort(took);
        return took.get(TRIES / 2);
    }

    static <T> T timed(Supplier<T> request, List<Duration> into) {
        long start = System.nanoTime();
        T result = request.get();
        into.add(Duration.ofNanos(System.nanoTime() - start));
        return result;
    }
}
