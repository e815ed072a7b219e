package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.ErasedAfterDelivery;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A new account exists. Carries the email address and name so that a welcome mail can be sent; the outbox erases them
 * once its subscribers have them.
 */
public record UserRegistered(UUID eventId, UserId userId, @ErasedAfterDelivery String email, @ErasedAfterDelivery String name, Instant occurredAt) implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return userId.value();
    }
}
