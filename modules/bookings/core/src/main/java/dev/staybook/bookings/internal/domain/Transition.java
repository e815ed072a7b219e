package dev.staybook.bookings.internal.domain;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.FreeText;
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

    /** What the reason column holds. */
    public static final int MAX_REASON = 500;

    protected Transition() {
        // for JPA
    }

    /** A reason a guest or host gave (optional): checked, as any client's text, whatever API brought it. */
    static String givenReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String text = reason.strip();
        if (text.length() > MAX_REASON) {
            throw InvalidInput.field("reason", "must be at most %d characters".formatted(MAX_REASON));
        }
        if (!FreeText.isMultiLine(text)) {
            throw InvalidInput.field("reason", FreeText.multiLineMessage());
        }
        return text;
    }

    /** A reason the system states, with a gateway's words in it: kept to what the column holds. */
    static String systemReason(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
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
