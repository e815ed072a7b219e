package dev.staybook.listings.internal.integration;

import dev.staybook.listings.internal.application.ListingService;
import dev.staybook.reviews.api.event.ListingRatingChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Takes over each listing's rating as the reviews module computes it, so listing reads and the search's
 * rating sort show it. The event carries the whole summary, not a change, so a redelivered event
 * changes nothing; the reviews outbox delivers one listing's events in order.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReviewRatingSync {

    @Inject
    ListingService listings;

    void ratingChanged(@Observes ListingRatingChanged event) {
        listings.recordRating(event.listingId(), event.average(), event.count());
    }
}
