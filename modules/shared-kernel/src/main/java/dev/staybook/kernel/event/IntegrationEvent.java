package dev.staybook.kernel.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact one module tells others. It is stored with the change it announces and delivered to each
 * subscriber exactly once (the outbox library), so consumers hold no deduplication of their own.
 */
public interface IntegrationEvent {

    UUID eventId();

    /** What the event is about (the booking, the listing, the user): subscribers that need order get each one's events in order. */
    UUID aggregateId();

    Instant occurredAt();
}
