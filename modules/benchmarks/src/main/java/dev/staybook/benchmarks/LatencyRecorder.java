package dev.staybook.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Latencies of one client thread per query shape, merged at the end; no locking on the hot path. */
final class LatencyRecorder {

    private final Map<QueryShape, List<Long>> nanos = new EnumMap<>(QueryShape.class);
    private final Map<QueryShape, Integer> errors = new EnumMap<>(QueryShape.class);

    void record(QueryShape shape, long elapsedNanos, boolean ok) {
        nanos.computeIfAbsent(shape, s -> new ArrayList<>()).add(elapsedNanos);
        if (!ok) {
            errors.merge(shape, 1, Integer::sum);
        }
    }

    void addTo(LatencyRecorder total) {
        nanos.forEach((shape, values) -> total.nanos.computeIfAbsent(shape, s -> new ArrayList<>()).addAll(values));
        errors.forEach((shape, count) -> total.errors.merge(shape, count, Integer::sum));
    }

    List<Long> of(QueryShape shape) {
        return nanos.getOrDefault(shape, List.of());
    }

    List<Long> all() {
        List<Long> every = new ArrayList<>();
        nanos.values().forEach(every::addAll);
        return every;
    }

    int errors(QueryShape shape) {
        return errors.getOrDefault(shape, 0);
    }

    int allErrors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }
}
