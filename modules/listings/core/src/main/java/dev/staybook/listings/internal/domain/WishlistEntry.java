package dev.staybook.listings.internal.domain;

import java.time.Instant;

/**
 * A listing on a wishlist as its card shows it. {@code available}: with dates, whether that stay can be booked
 * now (as search decides it); without, whether the listing is published. The hit's stay total only when it can.
 */
public record WishlistEntry(SearchHit listing, boolean available, Instant addedAt) {
}
