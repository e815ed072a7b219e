package dev.staybook.listings.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;

/** A listing's description, rules or prices changed; cached copies are stale. */
public record ListingUpdated(ListingId listingId, UserId hostId, Instant occurredAt) {
}
