package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone tried to register with the email address of an existing account; nothing was created. The owner is told
 * (at most once a day), since registration itself answers alike whether or not the address has an account.
 */
public record DuplicateRegistrationAttempted(UUID eventId, UserId userId, Instant occurredAt) implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return userId.value();
    }
}
