package dev.staybook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU seconds the parts of one measurement used, counted per process so that the other work on a shared
 * machine is left out: the Staybook server, the PostgreSQL backends of the benchmark database, pgbench and
 * this load generator; the rest of the machine's busy time is other work. pgbench and its backends end with the run and take their counters with them, so a
 * sampler reads /proc every 200 ms and keeps each process's last value (a process's last 200 ms may be lost).
 */
final class ProcessCpu implements AutoCloseable {

    enum Part {
        SERVER("Staybook server (Liberty)"), DATABASE("PostgreSQL backends of the benchmark database"), PGBENCH("pgbench"),
        LOAD_GENERATOR("this load generator (JVM)"), OTHER_WORK("everything else on the machine (busy CPU less the above)");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    private static final double TICKS_PER_SECOND = 100;

    private final String repository;
    private final String database;
    private final long selfPid = ProcessHandle.current().pid();
    private final Map<Long, long[]> firstAndLast = new HashMap<>();
    private final Map<Long, Part> parts = new HashMap<>();
    /** Processes that are none of the parts, so that each is looked at once rather than every 200 ms. */
    private final Set<Long> others = new HashSet<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private final long machineBusyTicksAtStart;

    ProcessCpu(String repository, String database) {
        this.repository = repository;
        this.database = database;
        this.machineBusyTicksAtStart = machineBusyTicks();
        sample(true);
        sampler = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException stop) {
                    return;
                }
                sample(false);
            }
        }, "process-cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops sampling; CPU seconds per part since this was created. */
    Map<Part, Double> seconds() throws InterruptedException {
        close();
        sample(false);
        Map<Part, Double> seconds = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            seconds.put(part, 0.0);
        }
        synchronized (this) {
            firstAndLast.forEach((pid, ticks) -> seconds.merge(parts.get(pid), (ticks[1] - ticks[0]) / TICKS_PER_SECOND, Double::sum));
        }
        double ours = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        seconds.put(Part.OTHER_WORK, Math.max(0, (machineBusyTicks() - machineBusyTicksAtStart) / TICKS_PER_SECOND - ours));
        return seconds;
    }

    /** One line for a report: who had the CPU in the window (on a shared machine the server may have had little of it). */
    static String describe(Map<Part, Double> seconds, Duration window) {
        StringBuilder text = new StringBuilder("CPU seconds in the measured window (%.0f available):"
                .formatted(Runtime.getRuntime().availableProcessors() * window.toMillis() / 1000.0));
        seconds.forEach((part, used) -> {
            if (part != Part.PGBENCH) {
                text.append(" %s %.1f,".formatted(part.label, used));
            }
        });
        return text.substring(0, text.length() - 1);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }

    private static long machineBusyTicks() {
        try {
            long[] ticks = CpuUsage.machineTicks();
            return ticks[0] - ticks[1];
        } catch (IOException unreadable) {
            return 0;
        }
    }

    private synchronized void sample(boolean initial) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(process -> {
                long pid = Long.parseLong(process.getFileName().toString());
                if (others.contains(pid)) {
                    return;
                }
                Part part = parts.containsKey(pid) ? parts.get(pid) : partOf(pid, process);
                if (part == null) {
                    others.add(pid);
                    return;
                }
                long ticks = CpuUsage.processTicks(process);
                parts.put(pid, part);
                firstAndLast.computeIfAbsent(pid, p -> new long[] {initial ? ticks : 0, ticks})[1] = ticks;
            });
        } catch (IOException | RuntimeException unreadable) {
            // a process that ended while being read: its last sample stands
        }
    }

    private Part partOf(long pid, Path process) {
        if (pid == selfPid) {
            return Part.LOAD_GENERATOR;
        }
        String command = CpuUsage.read(process.resolve("cmdline")).replace('\0', ' ');
        String name = CpuUsage.read(process.resolve("comm")).strip();
        if (command.contains("ws-server.jar") && command.contains(repository + "/modules/app/target/liberty")) {
            return Part.SERVER;
        }
        if (name.equals("pgbench")) {
            return Part.PGBENCH;
        }
        return name.equals("postgres") && command.contains(" " + database + " ") ? Part.DATABASE : null;
    }
}
