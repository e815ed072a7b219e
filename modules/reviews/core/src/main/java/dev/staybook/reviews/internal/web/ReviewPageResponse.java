package dev.staybook.reviews.internal.web;

import dev.staybook.reviews.internal.domain.RatingSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of published reviews with the rating they add up to ({@code average} absent without reviews). */
@Schema(requiredProperties = {"items", "rating"})
public record ReviewPageResponse(List<ReviewResponse> items, String nextCursor, Rating rating) {

    /** The average overall rating, how many reviews it counts, and for listings each aspect's average. */
    @Schema(name = "ReviewRating", description = "The rating summary above a page of reviews", requiredProperties = "count")
    public record Rating(BigDecimal average, int count, Map<String, BigDecimal> aspects) {

        static Rating of(RatingSummary summary) {
            return new Rating(summary.average(), summary.count(), summary.aspects().isEmpty() ? null : summary.aspects());
        }
    }
}
