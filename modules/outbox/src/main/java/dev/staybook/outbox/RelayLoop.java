package dev.staybook.outbox;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs delivery batches until nothing is due, at most one loop at a time per instance. A request that
 * arrives while a loop runs makes it do one more pass, so no committed entry waits for the next timer.
 */
public final class RelayLoop {

    private static final Logger LOG = Logger.getLogger(RelayLoop.class.getName());

    private final IntSupplier deliverBatch;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** {@code deliverBatch} delivers one batch in its own transaction and returns how many entries it handled. */
    public RelayLoop(IntSupplier deliverBatch) {
        this.deliverBatch = deliverBatch;
    }

    public boolean isRunning() {
        return running.get();
    }

    public void run() {
        do {
            if (!running.compareAndSet(false, true)) {
                again.set(true); // the running loop makes one more pass
                return;
            }
            try {
                again.set(false);
                while (deliverBatch.getAsInt() == OutboxStore.BATCH) {
                    // a full batch: there may be more
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox delivery stopped; the next pass retries", e);
                return;
            } finally {
                running.set(false);
            }
        } while (again.get());
    }

    /** Notes that new entries were committed: the caller should start {@link #run()} unless one is running. */
    public void requestPass() {
        again.set(true);
    }
}
