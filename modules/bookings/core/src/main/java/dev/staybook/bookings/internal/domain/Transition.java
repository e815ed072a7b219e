package dev.staybook.bookings.internal.domain;

import dev.staybook.bookings.api.BookingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The audit trail of a booking: one row per status change, saying who changed it, when and why. Never updated. */
@Entity
@Table(name = "booking_transitions")
public class Transition {

    @Id
    private UUID id;

    @Column(name = "booking_id", nullable = false)
    private UUID bookingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private BookingStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private BookingStatus to;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false)
    private Actor.Kind actorKind;

    @Column(name = "actor_id")
    private UUID actorId;

    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected Transition() {
        // for JPA
    }

    Transition(UUID id, UUID bookingId, BookingStatus from, BookingStatus to, Actor actor, String reason, Instant at) {
        this.id = id;
        this.bookingId = bookingId;
        this.from = from;
        this.to = to;
        this.actorKind = actor.kind();
        this.actorId = actor.userId();
        this.reason = reason;
        this.occurredAt = at;
    }

    public BookingStatus from() {
        return from;
    }

    public BookingStatus to() {
        return to;
    }

    public Actor actor() {
        return new Actor(actorKind, actorId);
    }

    public String reason() {
        return reason;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
