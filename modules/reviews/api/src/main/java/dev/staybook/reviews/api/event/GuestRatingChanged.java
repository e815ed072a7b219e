package dev.staybook.reviews.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.IntegrationEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A user's rating as a guest changed: the average of hosts' published overall ratings of them. */
public record GuestRatingChanged(UUID eventId, UserId guestId, BigDecimal average, int count, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return guestId.value();
    }
}
