package dev.staybook.reviews.internal.integration;

import dev.staybook.bookings.api.event.StayCompleted;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.reviews.internal.application.ReviewService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Opens a review window for each stay the bookings module completes (one event per stay: no order needed). */
@ApplicationScoped
public class CompletedStays implements EventSubscriber {

    @Inject
    ReviewService reviews;

    @Override
    public String name() {
        return "reviews.completed-stays";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(StayCompleted.class, reviews::openStay);
    }
}
