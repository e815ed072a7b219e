package dev.staybook.reviews.internal.domain;

import dev.staybook.identity.api.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * The running rating aggregates: each published review is added once, atomically, so concurrent
 * publications never lose one another's counts.
 */
public interface RatingRepository {

    /** Adds a guest's published review to its listing's aggregate; returns the new summary. */
    RatingSummary addToListing(Review review, Instant now);

    /** Adds a host's published review to the guest's aggregate; returns the new summary. */
    RatingSummary addToGuest(Review review, Instant now);

    RatingSummary ofListing(UUID listingId);

    RatingSummary ofGuest(UserId guestId);
}
