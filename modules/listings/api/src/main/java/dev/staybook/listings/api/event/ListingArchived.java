package dev.staybook.listings.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;

/** A listing was archived for good. */
public record ListingArchived(ListingId listingId, UserId hostId, Instant occurredAt) {
}
