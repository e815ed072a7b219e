package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** A user added the HOST role and may now list places. */
public record UserBecameHost(UUID eventId, UserId userId, Instant occurredAt) implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return userId.value();
    }
}
