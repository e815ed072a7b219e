package dev.staybook.kernel.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long each kind of housekeeping data is kept, measured back from {@code now}, and how many rows
 * one chunk of a purge may touch.
 *
 * @param tokens           expired or revoked sign-in tokens, after they expired or were revoked
 * @param idempotencyKeys  request idempotency records, after they were recorded
 * @param processedEvents  delivered outbox entries and handled inbox and webhook records
 * @param sentMails        mails that were sent
 * @param history          audit history of finished business objects, after they last changed (then archived)
 */
public record Retentions(Instant now, Duration tokens, Duration idempotencyKeys, Duration processedEvents,
                         Duration sentMails, Duration history, int chunkSize) {

    public Retentions {
        Objects.requireNonNull(now, "now");
        for (Duration retention : new Duration[] {tokens, idempotencyKeys, processedEvents, sentMails, history}) {
            if (retention == null || retention.isNegative()) {
                throw new IllegalArgumentException("retentions must be zero or positive durations");
            }
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be positive");
        }
    }

    /** The moment before which data kept for {@code retention} may go. */
    public Instant before(Duration retention) {
        return now.minus(retention);
    }
}
