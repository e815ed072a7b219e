package dev.staybook.listings.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;

/** A listing became visible and bookable. */
public record ListingPublished(ListingId listingId, UserId hostId, Instant occurredAt) {
}
