package dev.staybook.kernel.schedule;

import java.util.function.IntSupplier;

/** Work done a batch per transaction: a full batch means more may be waiting. */
public final class Batches {

    private Batches() {
    }

    /** Runs {@code batch} until it handles fewer than {@code size}; returns how many it handled in all. */
    public static int drain(int size, IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done == size);
        return total;
    }
}
