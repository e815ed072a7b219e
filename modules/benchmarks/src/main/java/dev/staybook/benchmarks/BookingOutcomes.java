package dev.staybook.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the booking attempts of one client thread got, merged at the end: latencies of 201 and 409
 * answers, a count per status (0: no answer at all), and how fresh and overlapping attempts fared.
 * No locking on the hot path: each thread has its own.
 */
final class BookingOutcomes {

    private final List<Long> created = new ArrayList<>();
    private final List<Long> unavailable = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final int[][] byKind = new int[2][3];

    void record(boolean overlapping, StaybookClient.Answer answer) {
        statuses.merge(answer.status(), 1, Integer::sum);
        int column = switch (answer.status()) {
            case 201 -> 0;
            case 409 -> 1;
            default -> 2;
        };
        byKind[overlapping ? 1 : 0][column]++;
        if (answer.status() == 201) {
            created.add(answer.nanos());
        } else if (answer.status() == 409) {
            unavailable.add(answer.nanos());
        }
    }

    void addTo(BookingOutcomes total) {
        total.created.addAll(created);
        total.unavailable.addAll(unavailable);
        statuses.forEach((status, count) -> total.statuses.merge(status, count, Integer::sum));
        for (int kind = 0; kind < 2; kind++) {
            for (int column = 0; column < 3; column++) {
                total.byKind[kind][column] += byKind[kind][column];
            }
        }
    }

    int createdCount() {
        return created.size();
    }

    int attempts() {
        return statuses.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Answers that are neither 201 nor 409: server errors, other refusals, no answer. */
    int unexpected() {
        return attempts() - created.size() - unavailable.size();
    }

    int serverErrors() {
        return statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
    }

    Map<Integer, Integer> statuses() {
        return Collections.unmodifiableMap(statuses);
    }

    /** [fresh, overlapping][201, 409, other]. */
    int count(boolean overlapping, int column) {
        return byKind[overlapping ? 1 : 0][column];
    }

    Latencies createdLatencies() {
        return Latencies.of(created);
    }

    Latencies unavailableLatencies() {
        return Latencies.of(unavailable);
    }

    /** Percentiles in milliseconds. */
    record Latencies(int count, double p50, double p90, double p99, double max) {

        static Latencies of(List<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new Latencies(sorted.size(), percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        }

        private static double percentile(List<Long> sorted, double percent) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.max(0, (int) Math.ceil(percent / 100 * sorted.size()) - 1)) / 1e6;
        }
    }
}
