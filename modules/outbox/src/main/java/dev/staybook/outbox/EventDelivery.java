package dev.staybook.outbox;

import java.time.Instant;
import java.util.UUID;

/** One event's delivery to one subscriber, as administrators see it. */
public record EventDelivery(long id, UUID eventId, String eventType, String publisher, UUID aggregateId, String subscriber,
                            DeliveryState state, int attempts, String lastError, Instant nextAttemptAt, Instant occurredAt,
                            Instant settledAt, String handledBy) {
}
