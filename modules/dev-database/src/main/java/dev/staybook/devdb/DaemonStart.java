package dev.staybook.devdb;

import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts a server in the Maven JVM so that it lives exactly as long as the build. Its threads inherit the
 * daemon flag of the thread that creates them, and exec:java waits for every non-daemon thread, so a
 * server started from the main thread would keep the build from ever going on. And exec:java closes its
 * class loader when the main method returns, so a server that loads classes or services lazily (GreenMail
 * does on each first connection) gets a class loader of its own that stays open.
 */
final class DaemonStart {

    private DaemonStart() {
    }

    /** Runs {@code start} on a daemon thread and waits for it; rethrows what it threw. */
    static void run(String name, Startup start) throws Exception {
        run(name, Thread.currentThread().getContextClassLoader(), start);
    }

    /** The same, with {@code loader} as the context class loader of the server's threads. */
    static void run(String name, ClassLoader loader, Startup start) throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                start.run();
            } catch (Exception e) {
                failure.set(e);
            }
        }, name);
        starter.setDaemon(true);
        starter.setContextClassLoader(loader);
        starter.start();
        starter.join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** A class loader over the same class path as {@code loader} that nobody closes. */
    static ClassLoader keptOpenCopyOf(ClassLoader loader) {
        return loader instanceof URLClassLoader urls
                ? new URLClassLoader(urls.getURLs(), ClassLoader.getPlatformClassLoader()) : loader;
    }

    /** Starts a server and returns once it listens. */
    @FunctionalInterface
    interface Startup {
        void run() throws Exception;
    }
}
