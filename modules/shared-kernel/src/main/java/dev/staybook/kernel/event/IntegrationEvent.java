package dev.staybook.kernel.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact one module tells others, delivered at least once from an outbox. Consumers that change
 * state record {@link #eventId()} with that change, so a redelivered event has no second effect.
 */
public interface IntegrationEvent {

    UUID eventId();

    Instant occurredAt();
}
