package dev.staybook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the machine's CPU time went between two snapshots of /proc: the Staybook server under test (the
 * Liberty started from this repository), PostgreSQL (all its processes, whatever database they serve),
 * this load generator, and everything else. Ticks are read from /proc/stat and /proc/[pid]/stat, which
 * count in the same unit.
 */
final class CpuUsage {

    enum Consumer {
        SERVER("Staybook server (Liberty)"), POSTGRES("PostgreSQL, every database"), LOAD_GENERATOR("this load generator"),
        OTHERS("everything else on the machine"), IDLE("idle");

        final String label;

        Consumer(String label) {
            this.label = label;
        }
    }

    private final String repository;
    private final long selfPid = ProcessHandle.current().pid();

    CpuUsage(String repository) {
        this.repository = repository;
    }

    /** Ticks spent per consumer since the machine started (processes that ended are not counted). */
    Map<Consumer, Long> snapshot() throws IOException {
        long[] machine = machineTicks();
        Map<Consumer, Long> ticks = new EnumMap<>(Consumer.class);
        for (Consumer consumer : Consumer.values()) {
            ticks.put(consumer, 0L);
        }
        for (Path process : processes()) {
            Consumer consumer = consumerOf(process);
            if (consumer != null) {
                ticks.merge(consumer, processTicks(process), Long::sum);
            }
        }
        long known = ticks.get(Consumer.SERVER) + ticks.get(Consumer.POSTGRES) + ticks.get(Consumer.LOAD_GENERATOR);
        ticks.put(Consumer.OTHERS, machine[0] - machine[1] - known);
        ticks.put(Consumer.IDLE, machine[1]);
        return ticks;
    }

    /** The server's /proc entry, if it runs on this machine. */
    Optional<Path> serverProcess() throws IOException {
        return processes().stream().filter(process -> consumerOf(process) == Consumer.SERVER).findFirst();
    }

    /** Every process's /proc entry. */
    private static List<Path> processes() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(entry -> entry.getFileName().toString().matches("\\d+")).toList();
        }
    }

    /** Ticks as milliseconds of CPU time (Linux counts USER_HZ = 100 ticks a second). */
    static double milliseconds(long ticks) {
        return ticks * 10.0;
    }

    /** Each consumer's share of the machine between the snapshots, in percent of all processors. */
    static Map<Consumer, Double> shares(Map<Consumer, Long> before, Map<Consumer, Long> after) {
        long total = 0;
        for (Consumer consumer : Consumer.values()) {
            total += after.get(consumer) - before.get(consumer);
        }
        Map<Consumer, Double> shares = new EnumMap<>(Consumer.class);
        for (Consumer consumer : Consumer.values()) {
            shares.put(consumer, total == 0 ? 0 : 100.0 * (after.get(consumer) - before.get(consumer)) / total);
        }
        return shares;
    }

    private Consumer consumerOf(Path process) {
        long pid = Long.parseLong(process.getFileName().toString());
        if (pid == selfPid) {
            return Consumer.LOAD_GENERATOR;
        }
        String command = read(process.resolve("cmdline")).replace('\0', ' ');
        if (command.contains("ws-server.jar") && command.contains(repository + "/modules/app/target/liberty")) {
            return Consumer.SERVER;
        }
        return read(process.resolve("comm")).strip().equals("postgres") ? Consumer.POSTGRES : null;
    }

    /** utime + stime: fields 14 and 15 of /proc/[pid]/stat, counted after the command name in parentheses. */
    static long processTicks(Path process) {
        String stat = read(process.resolve("stat"));
        int afterName = stat.lastIndexOf(')');
        if (afterName < 0) {
            return 0;
        }
        String[] fields = stat.substring(afterName + 2).split(" ");
        return fields.length > 12 ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : 0;
    }

    /** [all ticks, idle + iowait ticks] from the first line of /proc/stat. */
    static long[] machineTicks() throws IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < Math.min(fields.length, 9); i++) {
            total += Long.parseLong(fields[i]);
        }
        return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
