package dev.staybook.notifications.internal.application;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs mail batches until nothing is due, at most one loop at a time per instance. A request that
 * arrives while a loop runs makes it do one more pass, so no committed mail waits for the next timer.
 */
final class MailLoop {

    private static final Logger LOG = Logger.getLogger(MailLoop.class.getName());

    private final IntSupplier deliverBatch;
    private final int batchSize;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** {@code deliverBatch} handles up to {@code batchSize} mails and returns how many it handled. */
    MailLoop(IntSupplier deliverBatch, int batchSize) {
        this.deliverBatch = deliverBatch;
        this.batchSize = batchSize;
    }

    boolean isRunning() {
        return running.get();
    }

    void run() {
        do {
            if (!running.compareAndSet(false, true)) {
                again.set(true); // the running loop makes one more pass
                return;
            }
            try {
                again.set(false);
                while (deliverBatch.getAsInt() == batchSize) {
                    // a full batch: there may be more
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Mail delivery stopped; the next pass retries", e);
                return;
            } finally {
                running.set(false);
            }
        } while (again.get());
    }

    /** Notes that new entries were committed: the caller should start {@link #run()} unless one is running. */
    void requestPass() {
        again.set(true);
    }
}
