package dev.staybook.payments.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** A host was paid what they were owed for stays completed before a payout run's cutoff. */
public record PayoutSent(UUID eventId, UUID payoutId, UserId hostId, Money amount, int stays, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return payoutId;
    }
}
