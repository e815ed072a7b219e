package dev.staybook.reviews.internal.application;

import dev.staybook.bookings.api.Party;
import dev.staybook.kernel.UuidV7;
import dev.staybook.listings.api.ListingId;
import dev.staybook.reviews.api.event.GuestRatingChanged;
import dev.staybook.reviews.api.event.ListingRatingChanged;
import dev.staybook.reviews.api.event.ReviewPublished;
import dev.staybook.reviews.internal.domain.RatingRepository;
import dev.staybook.reviews.internal.domain.RatingSummary;
import dev.staybook.reviews.internal.domain.Review;
import dev.staybook.reviews.internal.domain.ReviewRepository;
import dev.staybook.reviews.internal.outbox.ReviewsOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Counts each published review into its aggregate exactly once (inbox) and announces the new rating:
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
    ReviewsOutbox outbox;
    @Inject
    Clock clock;

    public void count(ReviewPublished event) {
        if (!outbox.firstTime(event)) {
            return;
        }
        Review review = reviews.find(event.reviewId().value()).orElseThrow(Review::notFound);
        Instant now = clock.instant();
        if (review.author() == Party.GUEST) {
            RatingSummary rating = ratings.addToListing(review, now);
            outbox.add(new ListingRatingChanged(UuidV7.generate(now), new ListingId(review.listingId()), rating.average(),
                    rating.count(), now), review.listingId());
        } else {
            RatingSummary rating = ratings.addToGuest(review, now);
            outbox.add(new GuestRatingChanged(UuidV7.generate(now), review.subjectId(), rating.average(), rating.count(), now),
                    review.subjectId().value());
        }
    }
}
