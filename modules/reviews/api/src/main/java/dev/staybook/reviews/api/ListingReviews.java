package dev.staybook.reviews.api;

import dev.staybook.listings.api.ListingId;

/**
 * The published reviews of a listing, for other modules' read models (listings shows them under a listing
 * in GraphQL). Hidden reviews never leave the reviews module.
 */
public interface ListingReviews {

    /**
     * At most {@code limit} published reviews of the listing, newest first, after the position {@code cursor}
     * (null for the first page; otherwise a cursor an earlier page returned, or 400 invalid-input).
     */
    ReviewPage published(ListingId listing, String cursor, int limit);
}
