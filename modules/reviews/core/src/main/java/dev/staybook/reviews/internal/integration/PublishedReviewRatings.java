package dev.staybook.reviews.internal.integration;

import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.reviews.api.event.ReviewPublished;
import dev.staybook.reviews.internal.application.RatingAggregates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The rating aggregates follow the module's own ReviewPublished events, delivered like any subscriber's.
 * Counting is commutative, and each aggregate row is locked while it is updated, so no order is needed.
 */
@ApplicationScoped
public class PublishedReviewRatings implements EventSubscriber {

    @Inject
    RatingAggregates aggregates;

    @Override
    public String name() {
        return "reviews.ratings";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(ReviewPublished.class, aggregates::count);
    }
}
