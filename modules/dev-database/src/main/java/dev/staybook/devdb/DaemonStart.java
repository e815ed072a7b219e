package dev.staybook.devdb;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts a server in the Maven JVM so that it lives exactly as long as the build: its threads inherit the
 * daemon flag of the thread that creates them, and exec:java waits for every non-daemon thread, so a
 * server started from the main thread would keep the build from ever going on.
 */
final class DaemonStart {

    private DaemonStart() {
    }

    /** Runs {@code start} on a daemon thread and waits for it; rethrows what it threw. */
    static void run(String name, Startup start) throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                start.run();
            } catch (Exception e) {
                failure.set(e);
            }
        }, name);
        starter.setDaemon(true);
        starter.start();
        starter.join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Starts a server and returns once it listens. */
    @FunctionalInterface
    interface Startup {
        void run() throws Exception;
    }
}
