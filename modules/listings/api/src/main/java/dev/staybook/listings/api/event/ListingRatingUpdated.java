package dev.staybook.listings.api.event;

import dev.staybook.listings.api.ListingId;
import java.math.BigDecimal;
import java.time.Instant;

/** The listing took over a new rating summary from reviews (average null while unrated); cached copies are stale. */
public record ListingRatingUpdated(ListingId listingId, BigDecimal average, int count, Instant occurredAt) {
}
