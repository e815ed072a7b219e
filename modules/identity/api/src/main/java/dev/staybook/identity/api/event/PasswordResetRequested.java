package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.ErasedAfterDelivery;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The owner of an account asked to reset its password. Carries the one-time reset token, which identity keeps only as a
 * hash, so that it can be mailed to the account's address; nobody else should subscribe to this event. The outbox erases
 * the token once its subscribers have it.
 */
public record PasswordResetRequested(UUID eventId, UserId userId, @ErasedAfterDelivery String resetToken, Instant expiresAt, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return userId.value();
    }
}
