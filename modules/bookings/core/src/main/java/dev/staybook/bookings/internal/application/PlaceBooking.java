package dev.staybook.bookings.internal.application;

import dev.staybook.bookings.internal.domain.Guests;
import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.ListingId;

/**
 * A guest's request to book, with the client's optional Idempotency-Key and a fingerprint of the
 * request, so that a retried request is recognised and a reused key with another request is refused.
 */
public record PlaceBooking(ListingId listingId, DateRange stay, Guests guests, String message, String idempotencyKey,
                           String requestFingerprint) {
}
