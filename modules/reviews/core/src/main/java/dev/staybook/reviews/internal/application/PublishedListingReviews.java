package dev.staybook.reviews.internal.application;

import dev.staybook.listings.api.ListingId;
import dev.staybook.reviews.api.ListingReviews;
import dev.staybook.reviews.api.ReviewId;
import dev.staybook.reviews.api.ReviewPage;
import dev.staybook.reviews.internal.domain.RatingSummary;
import dev.staybook.reviews.internal.domain.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Publishes a listing's public reviews and rating to the other modules. */
@ApplicationScoped
public class PublishedListingReviews implements ListingReviews {

    @Inject
    ReviewQueries queries;

    @Override
    public ReviewPage published(ListingId listing, String cursor, int limit) {
        ReviewQueries.Found found = queries.ofListing(listing.value(), ReviewCursors.position(cursor), limit + 1);
        List<Review> shown = found.reviews().stream().limit(limit).toList();
        String next = found.reviews().size() > limit ? ReviewCursors.after(shown.get(limit - 1)) : null;
        return new ReviewPage(shown.stream().map(PublishedListingReviews::published).toList(), next, rating(found.rating()));
    }

    private static ReviewPage.PublishedReview published(Review review) {
        Map<String, Integer> scores = review.scores() == null ? Map.of() : review.scores().byName();
        return new ReviewPage.PublishedReview(new ReviewId(review.id()), review.authorId(), review.overall(), scores,
                review.text(), review.publishedAt(), review.responseText(), review.respondedAt());
    }

    private static ReviewPage.Rating rating(RatingSummary summary) {
        return new ReviewPage.Rating(summary.average(), summary.count(), summary.aspects());
    }
}
