package dev.staybook.listings.internal.graphql;

import dev.staybook.reviews.api.ReviewPage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of a listing's published reviews, as the reviews module publishes them, and the listing's rating. */
@Description("Published reviews of a listing, newest first, and the rating they add up to")
public final class ListingReviewPage {

    public final List<ListingReview> items;
    public final String nextCursor;
    public final ListingRating rating;

    ListingReviewPage(ReviewPage page, Map<String, Person> reviewers) {
        this.items = page.reviews().stream()
                .map(review -> new ListingReview(review, reviewers.get(review.authorId().toString()))).toList();
        this.nextCursor = page.nextCursor();
        this.rating = new ListingRating(page.rating());
    }

    /** A guest's public review of the listing and the host's response. */
    public static final class ListingReview {

        @Id
        @NonNull
        public final String id;
        @Description("Null if the guest's account is no longer public")
        public final Person reviewer;
        public final int overall;
        public final List<AspectStars> aspects;
        public final String text;
        public final String publishedAt;
        public final String hostResponse;
        public final String respondedAt;

        ListingReview(ReviewPage.PublishedReview review, Person reviewer) {
            this.id = review.id().toString();
            this.reviewer = reviewer;
            this.overall = review.overall();
            this.aspects = review.scores().entrySet().stream().map(e -> new AspectStars(e.getKey(), e.getValue())).toList();
            this.text = review.text();
            this.publishedAt = review.publishedAt().toString();
            this.hostResponse = review.response();
            this.respondedAt = review.respondedAt() == null ? null : review.respondedAt().toString();
        }
    }

    /** The stars one aspect of the stay got: cleanliness, accuracy, communication, location, checkIn or value. */
    public static final class AspectStars {

        public final String aspect;
        public final int stars;

        AspectStars(String aspect, int stars) {
            this.aspect = aspect;
            this.stars = stars;
        }
    }

    /** The average overall stars (null without reviews), how many reviews, and each aspect's average. */
    public static final class ListingRating {

        public final BigDecimal average;
        public final int count;
        public final List<AspectAverage> aspects;

        ListingRating(ReviewPage.Rating rating) {
            this.average = rating.average();
            this.count = rating.count();
            this.aspects = rating.aspects().entrySet().stream().map(e -> new AspectAverage(e.getKey(), e.getValue())).toList();
        }
    }

    /** One aspect's average stars. */
    public static final class AspectAverage {

        public final String aspect;
        public final BigDecimal average;

        AspectAverage(String aspect, BigDecimal average) {
            this.aspect = aspect;
            this.average = average;
        }
    }
}
