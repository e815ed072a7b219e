package dev.staybook.reviews.internal.web;

import dev.staybook.bookings.api.Party;
import dev.staybook.identity.api.PublicProfile;
import dev.staybook.reviews.internal.domain.ListingScores;
import dev.staybook.reviews.internal.domain.Review;
import java.time.Instant;
import java.util.Map;

/**
 * A review as shown: who wrote it about whom, the stars, the text and the host's response. {@code scores}
 * only in a review of a listing; {@code publishedAt} is absent while the review is hidden.
 */
public record ReviewResponse(String id, String bookingId, String listingId, Party author, Person reviewer, String subjectId,
                             int overall, Map<String, Integer> scores, String text, Instant writtenAt, Instant publishedAt,
                             HostResponse response) {

    static ReviewResponse of(Review review, Map<String, PublicProfile> profiles) {
        ListingScores scores = review.scores();
        PublicProfile reviewer = profiles.get(review.authorId().toString());
        return new ReviewResponse(review.id().toString(), review.bookingId().toString(), review.listingId().toString(),
                review.author(), new Person(review.authorId().toString(), reviewer == null ? null : reviewer.name()),
                review.subjectId().toString(), review.overall(), scores == null ? null : scores.byName(), review.text(),
                review.writtenAt(), review.publishedAt(),
                review.responseText() == null ? null : new HostResponse(review.responseText(), review.respondedAt()));
    }

    /** A user, by id and public name (absent for suspended accounts). */
    public record Person(String id, String name) {
    }

    /** The host's public answer. */
    public record HostResponse(String text, Instant respondedAt) {
    }
}
