package dev.staybook.outbox;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/** Logs that delivery cannot reach the database once when it starts and once when it ends, not on every try. */
final class DatabaseOutage {

    private final Logger log;
    private final AtomicBoolean ongoing = new AtomicBoolean();

    DatabaseOutage(Logger log) {
        this.log = log;
    }

    void noticed(RuntimeException failure) {
        if (ongoing.compareAndSet(false, true)) {
            log.warning(() -> "Event delivery paused, the database does not answer: " + Failures.describe(failure));
        }
    }

    void over() {
        if (ongoing.compareAndSet(true, false)) {
            log.info("Event delivery resumed");
        }
    }
}
