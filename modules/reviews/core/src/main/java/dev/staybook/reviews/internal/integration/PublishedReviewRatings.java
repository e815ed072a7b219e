package dev.staybook.reviews.internal.integration;

import dev.staybook.reviews.api.event.ReviewPublished;
import dev.staybook.reviews.internal.application.RatingAggregates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The rating aggregates follow the module's own ReviewPublished events, delivered from its outbox like
 * any consumer's: each in its own transaction, counted once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PublishedReviewRatings {

    @Inject
    RatingAggregates aggregates;

    void published(@Observes ReviewPublished event) {
        aggregates.count(event);
    }
}
