package dev.staybook.it.security;

import java.time.Duration;

/**
 * How long the server takes to answer a request, as the fastest of a few tries: other builds on a shared machine only
 * ever add time to a try, while work the request itself causes (seconds of CPU for a huge number) is in every try.
 */
final class Timing {

    private static final int TRIES = 7;

    private Timing() {
    }

    static Duration fastest(Runnable request) {
        request.run(); // the first answer of a path loads classes; it is not what is measured
        Duration fastest = null;
        for (int i = 0; i < TRIES; i++) {
            long start = System.nanoTime();
            request.run();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            fastest = fastest == null || took.compareTo(fastest) < 0 ? took : fastest;
        }
        return fastest;
    }
}
