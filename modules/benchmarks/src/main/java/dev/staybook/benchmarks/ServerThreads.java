package dev.staybook.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The server's CPU time by the threads that spent it, from /proc/[pid]/task: the event-delivery workers, the JIT
 * compilers and the VM thread (the serial collector's pauses and the VM's other safepoint work), which live as long as
 * the JVM, and the rest (the HTTP threads and all others), counted as the process's total minus those three, so that
 * threads which ended in between (Liberty's executor retires idle ones) are not lost. JFR's execution samples cannot give
 * these shares: they take a few threads per period, so a pool of forty HTTP threads outweighs four workers.
 */
final class ServerThreads {

    enum Kind {
        DELIVERY("delivery workers"), REST("HTTP and the rest"), COMPILER("JIT compilers"), VM("VM thread, collections included");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Ticks of the named kinds' threads, and of the whole process. */
    record Snapshot(Map<Kind, Long> threadTicks, long processTicks) {
    }

    private static final List<Kind> NAMED = List.of(Kind.DELIVERY, Kind.COMPILER, Kind.VM);

    private ServerThreads() {
    }

    static Snapshot of(Path process) {
        Map<Kind, Long> ticks = new EnumMap<>(Kind.class);
        NAMED.forEach(kind -> ticks.put(kind, 0L));
        try (Stream<Path> threads = Files.list(process.resolve("task"))) {
            threads.forEach(thread -> kindOf(CpuUsage.read(thread.resolve("comm")).strip())
                    .ifPresent(kind -> ticks.merge(kind, CpuUsage.processTicks(thread), Long::sum)));
        } catch (IOException | UncheckedIOException stopped) {
            // the server is gone: nothing more to count
        }
        return new Snapshot(ticks, CpuUsage.processTicks(process));
    }

    /** Milliseconds of CPU per kind of thread between the snapshots. */
    static Map<Kind, Double> millisecondsBetween(Snapshot before, Snapshot after) {
        Map<Kind, Double> spent = new EnumMap<>(Kind.class);
        double named = 0;
        for (Kind kind : NAMED) {
            double milliseconds = CpuUsage.milliseconds(after.threadTicks().get(kind) - before.threadTicks().get(kind));
            spent.put(kind, milliseconds);
            named += milliseconds;
        }
        spent.put(Kind.REST, CpuUsage.milliseconds(after.processTicks() - before.processTicks()) - named);
        return spent;
    }

    /** Thread names as /proc shows them, cut at 15 characters ("staybook-events-1" reads "staybook-events"). */
    static Optional<Kind> kindOf(String threadName) {
        if (threadName.startsWith("staybook-events")) {
            return Optional.of(Kind.DELIVERY);
        }
        if (threadName.matches("C[12] CompilerThre.*")) {
            return Optional.of(Kind.COMPILER);
        }
        return threadName.equals("VM Thread") ? Optional.of(Kind.VM) : Optional.empty();
    }
}
