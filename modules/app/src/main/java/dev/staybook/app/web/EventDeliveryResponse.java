package dev.staybook.app.web;

import dev.staybook.outbox.EventDelivery;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event's delivery to one subscriber, as administrators see it. */
@Schema(requiredProperties = {"id", "eventId", "eventType", "publisher", "aggregateId", "subscriber", "state", "attempts", "occurredAt"})
public record EventDeliveryResponse(long id, UUID eventId, String eventType, String publisher, UUID aggregateId,
                                    String subscriber, @Schema(enumeration = {"pending", "failed", "delivered", "dismissed"}) String state,
                                    int attempts, String lastError, Instant nextAttemptAt,
                                    Instant occurredAt, Instant settledAt, String handledBy) {

    static EventDeliveryResponse of(EventDelivery d) {
        return new EventDeliveryResponse(d.id(), d.eventId(), d.eventType(), d.publisher(), d.aggregateId(), d.subscriber(),
                AdminEventResource.stateName(d.state()), d.attempts(), d.lastError(), d.nextAttemptAt(), d.occurredAt(),
                d.settledAt(), d.handledBy());
    }
}
