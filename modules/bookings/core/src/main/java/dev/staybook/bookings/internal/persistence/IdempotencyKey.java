package dev.staybook.bookings.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A client's Idempotency-Key for a booking request: the same key with the same request returns the
 * booking it created; with another request it is refused. Keys are per guest.
 */
@Entity
@Table(name = "booking_idempotency_keys")
public class IdempotencyKey {

    @EmbeddedId
    private Key key;
    @Column(name = "request_hash", nullable = false)
    private String requestHash;
    @Column(name = "booking_id", nullable = false)
    private UUID bookingId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyKey() {
        // for JPA
    }

    public IdempotencyKey(UUID guestId, String key, String requestHash, UUID bookingId, Instant createdAt) {
        this.key = new Key(guestId, key);
        this.requestHash = requestHash;
        this.bookingId = bookingId;
        this.createdAt = createdAt;
    }

    public String requestHash() {
        return requestHash;
    }

    public UUID bookingId() {
        return bookingId;
    }

    /** Composite key: the guest and their key. */
    @Embeddable
    public record Key(@Column(name = "guest_id") UUID guestId, @Column(name = "idempotency_key") String value)
            implements Serializable {
    }
}
