package dev.staybook.listings.internal.integration;

import dev.staybook.listings.internal.application.ListingService;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.reviews.api.event.ListingRatingChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Takes over each listing's rating as the reviews module computes it, so listing reads and the search's
 * rating sort show it. The event carries the whole summary: in order per listing, the latest one wins.
 */
@ApplicationScoped
public class ReviewRatingSync implements EventSubscriber {

    @Inject
    ListingService listings;

    @Override
    public String name() {
        return "listings.ratings";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inOrderPerAggregate()
                .on(ListingRatingChanged.class, event -> listings.recordRating(event.listingId(), event.average(), event.count()));
    }
}
