package dev.staybook.listings.api.event;

import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.listings.api.ListingId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The listing took over a new rating summary from reviews (average null while unrated); cached copies are stale. */
public record ListingRatingUpdated(UUID eventId, ListingId listingId, BigDecimal average, int count, Instant occurredAt) implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return listingId.value();
    }
}
