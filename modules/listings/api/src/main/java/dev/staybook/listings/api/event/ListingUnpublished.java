package dev.staybook.listings.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;

/** A listing was taken out of search and cannot be booked for now. */
public record ListingUnpublished(ListingId listingId, UserId hostId, Instant occurredAt) {
}
