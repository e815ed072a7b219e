package dev.staybook.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting to be delivered, stored in the transaction that produced it. Delivered in order per
 * aggregate; a failed delivery is retried with growing pauses, and stays visible with its last error.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    private static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "aggregate_id", nullable = false)
    private UUID aggregateId;
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(nullable = false)
    private String payload;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxEntry() {
        // for JPA
    }

    public OutboxEntry(UUID eventId, UUID aggregateId, String eventType, String payload, Instant occurredAt) {
        this.eventId = eventId;
        this.aggregateId = aggregateId;
        this.eventType = eventType;
        this.payload = payload;
        this.occurredAt = occurredAt;
        this.nextAttemptAt = occurredAt;
    }

    public void published(Instant now) {
        publishedAt = now;
        attempts++;
        lastError = null;
    }

    /** Schedules the next attempt after 2^attempts seconds, at most ten minutes. */
    public void failed(String error, Instant now) {
        attempts++;
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts, 20));
        nextAttemptAt = now.plusSeconds(seconds);
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
    }

    public UUID aggregateId() {
        return aggregateId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }
}
