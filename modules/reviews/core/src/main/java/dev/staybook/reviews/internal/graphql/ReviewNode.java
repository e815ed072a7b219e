package dev.staybook.reviews.internal.graphql;

import dev.staybook.reviews.internal.domain.Review;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A review as its author sees it after writing it. GraphQL types are classes with public fields:
 * Liberty's MicroProfile GraphQL maps neither records nor constructor parameters.
 */
@Name("Review")
@Description("One side's review of a stay; hidden (publishedAt null) until both sides wrote theirs or 14 days passed")
public final class ReviewNode {

    @Id
    @NonNull
    public final String id;
    public final String bookingId;
    public final String listingId;
    @Description("GUEST (a review of the listing) or HOST (a review of the guest)")
    public final String author;
    public final int overall;
    @Description("Empty in a host's review of a guest")
    public final List<AspectStars> aspects;
    public final String text;
    public final String writtenAt;
    public final String publishedAt;

    ReviewNode(Review review) {
        this.id = review.id().toString();
        this.bookingId = review.bookingId().toString();
        this.listingId = review.listingId().toString();
        this.author = review.author().name();
        this.overall = review.overall();
        this.aspects = review.scores() == null ? List.of()
                : review.scores().byName().entrySet().stream().map(e -> new AspectStars(e.getKey(), e.getValue())).toList();
        this.text = review.text();
        this.writtenAt = review.writtenAt().toString();
        this.publishedAt = review.publishedAt() == null ? null : review.publishedAt().toString();
    }

    /** The stars one aspect got. */
    @Name("ReviewAspectStars")
    public static final class AspectStars {

        public final String aspect;
        public final int stars;

        AspectStars(String aspect, int stars) {
            this.aspect = aspect;
            this.stars = stars;
        }
    }
}
