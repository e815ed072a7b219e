package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** A new account exists. Carries the email address so that a welcome mail can be sent. */
public record UserRegistered(UUID eventId, UserId userId, String email, String name, Instant occurredAt) implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return userId.value();
    }
}
