package dev.staybook.payments.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The gateway refused the {@code attempt}th transfer of a host's payout, for {@code reason}. The money is
 * owed to the host again: a later payout run tries again at {@code nextAttemptAt}, or, when that is null,
 * payments gave up and support looks at the payout.
 */
public record PayoutFailed(UUID eventId, UUID payoutId, UserId hostId, Money amount, String reason, int attempt,
                           Instant nextAttemptAt, Instant occurredAt) implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return payoutId;
    }
}
