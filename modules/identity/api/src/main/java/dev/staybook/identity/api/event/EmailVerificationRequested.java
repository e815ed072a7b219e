package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.ErasedAfterDelivery;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An account's address is to be verified (on registration, or the owner asked again). Carries the one-time token,
 * which identity keeps only as a hash, so that it can be mailed to the account's address (carried too, as the
 * account's name must not be mailed to it); nobody else should subscribe to this event. The outbox erases
 * the token and the address once its subscribers have them.
 */
public record EmailVerificationRequested(UUID eventId, UserId userId, @ErasedAfterDelivery String email, @ErasedAfterDelivery String verificationToken, Instant expiresAt, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return userId.value();
    }
}
