package dev.staybook.listings.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;

/** Dates of a listing were blocked, unblocked or repriced. */
public record ListingCalendarChanged(ListingId listingId, UserId hostId, Instant occurredAt) {
}
