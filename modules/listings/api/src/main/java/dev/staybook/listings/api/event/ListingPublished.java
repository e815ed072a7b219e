package dev.staybook.listings.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.UUID;

/** A listing became visible and bookable. */
public record ListingPublished(UUID eventId, ListingId listingId, UserId hostId, Instant occurredAt) implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return listingId.value();
    }
}
