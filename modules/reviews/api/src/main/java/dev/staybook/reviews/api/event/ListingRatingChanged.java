package dev.staybook.reviews.api.event;

import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.listings.api.ListingId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A listing's rating changed: the average of its guests' published overall ratings, over {@code count} reviews. */
public record ListingRatingChanged(UUID eventId, ListingId listingId, BigDecimal average, int count, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return listingId.value();
    }
}
