package dev.staybook.reviews.internal.integration;

import dev.staybook.bookings.api.event.StayCompleted;
import dev.staybook.reviews.internal.application.ReviewService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Opens a review window for each stay the bookings module completes. Handled in its own transaction and
 * recorded in the inbox, so redelivery from the bookings outbox is harmless.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CompletedStays {

    @Inject
    ReviewService reviews;

    void completed(@Observes StayCompleted event) {
        reviews.openStay(event);
    }
}
