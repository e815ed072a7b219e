package dev.staybook.benchmarks;

import java.util.Arrays;

/** The latencies of one kind of request and how many failed; one per client thread, merged at the end. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private int errors;

    void record(long elapsedNanos, boolean ok) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
        if (!ok) {
            errors++;
        }
    }

    void addTo(Latencies total) {
        for (int i = 0; i < count; i++) {
            total.record(nanos[i], true);
        }
        total.errors += errors;
    }

    int count() {
        return count;
    }

    int errors() {
        return errors;
    }

    /** The given percentile in milliseconds (nearest rank), 0 when nothing was recorded. */
    double percentileMillis(double percent) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }

    double meanMillis() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return count == 0 ? 0 : sum / 1e6 / count;
    }

    double maxMillis() {
        return percentileMillis(100);
    }
}
