package dev.staybook.reviews.internal.application;

import dev.staybook.bookings.api.Party;
import dev.staybook.kernel.UuidV7;
import dev.staybook.listings.api.ListingId;
import dev.staybook.outbox.Outbox;
import dev.staybook.reviews.api.event.GuestRatingChanged;
import dev.staybook.reviews.api.event.ListingRatingChanged;
import dev.staybook.reviews.api.event.ReviewPublished;
import dev.staybook.reviews.internal.domain.RatingRepository;
import dev.staybook.reviews.internal.domain.RatingSummary;
import dev.staybook.reviews.internal.domain.Review;
import dev.staybook.reviews.internal.domain.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Counts each published review into its aggregate (the outbox delivers it once) and announces the new rating:
 * a guest's review into the listing's rating, a host's review into the guest's rating.
 */
@ApplicationScoped
@Transactional
public class RatingAggregates {

    @Inject
    ReviewRepository reviews;
    @Inject
    RatingRepository ratings;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    public void count(ReviewPublished event) {
        Review review = reviews.find(event.reviewId().value()).orElseThrow(Review::notFound);
        Instant now = clock.instant();
        if (review.author() == Party.GUEST) {
            RatingSummary rating = ratings.addToListing(review, now);
            outbox.publish(new ListingRatingChanged(UuidV7.generate(now), new ListingId(review.listingId()), rating.average(),
                    rating.count(), now));
        } else {
            RatingSummary rating = ratings.addToGuest(review, now);
            outbox.publish(new GuestRatingChanged(UuidV7.generate(now), review.subjectId(), rating.average(), rating.count(), now));
        }
    }
}
