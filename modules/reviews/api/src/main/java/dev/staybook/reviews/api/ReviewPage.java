package dev.staybook.reviews.api;

import dev.staybook.identity.api.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A page of published reviews, the cursor of the next page (null on the last) and the rating they add up to. */
public record ReviewPage(List<PublishedReview> reviews, String nextCursor, Rating rating) {

    public ReviewPage {
        reviews = List.copyOf(reviews);
    }

    /**
     * A public review: the author (a guest for a listing's review), the overall stars, the aspects' stars by
     * name (empty in reviews of guests), the text, and the host's response if there is one.
     */
    public record PublishedReview(ReviewId id, UserId authorId, int overall, Map<String, Integer> scores, String text,
                                  Instant publishedAt, String response, Instant respondedAt) {

        public PublishedReview {
            scores = Map.copyOf(scores);
        }
    }

    /** The average overall stars (two decimals; null without reviews), how many, and each aspect's average. */
    public record Rating(BigDecimal average, int count, Map<String, BigDecimal> aspects) {

        public Rating {
            aspects = Map.copyOf(aspects);
        }
    }
}
