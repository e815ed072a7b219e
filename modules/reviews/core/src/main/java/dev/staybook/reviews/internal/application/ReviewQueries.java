package dev.staybook.reviews.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.reviews.internal.domain.RatingRepository;
import dev.staybook.reviews.internal.domain.RatingSummary;
import dev.staybook.reviews.internal.domain.Review;
import dev.staybook.reviews.internal.domain.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The public side of reviews: published reviews only, with the rating they add up to. */
@ApplicationScoped
@Transactional
public class ReviewQueries {

    @Inject
    ReviewRepository reviews;
    @Inject
    RatingRepository ratings;

    public Found ofListing(UUID listingId, ReviewRepository.Position after, int limit) {
        return new Found(reviews.publishedOfListing(listingId, after, limit), ratings.ofListing(listingId));
    }

    public Found aboutGuest(UserId guestId, ReviewRepository.Position after, int limit) {
        return new Found(reviews.publishedAboutGuest(guestId.value(), after, limit), ratings.ofGuest(guestId));
    }

    /** A page of published reviews (one more than asked, if there is one) and the rating summary. */
    public record Found(List<Review> reviews, RatingSummary rating) {
    }
}
