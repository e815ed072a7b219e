package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.ErasedAfterDelivery;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** An administrator suspended the account: it cannot sign in and its sessions are revoked. */
public record UserSuspended(UUID eventId, UserId userId, @ErasedAfterDelivery String reason, Instant occurredAt) implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return userId.value();
    }
}
