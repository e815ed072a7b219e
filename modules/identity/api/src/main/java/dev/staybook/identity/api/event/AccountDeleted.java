package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The user deleted their account: identity has anonymized it and ended its sessions. Every module now removes or
 * anonymizes the personal data it holds about the user, keeping what the law requires (bookings, the ledger).
 */
public record AccountDeleted(UUID eventId, UserId userId, Instant occurredAt) implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return userId.value();
    }
}
