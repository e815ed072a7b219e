package dev.staybook.reviews.internal.web;

import dev.staybook.bookings.api.Party;
import dev.staybook.identity.api.PublicProfile;
import dev.staybook.reviews.internal.domain.ListingScores;
import dev.staybook.reviews.internal.domain.Review;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A review as shown: who wrote it about whom, the stars, the text and the host's response. {@code scores}
 * only in a review of a listing; {@code publishedAt} is absent while the review is hidden.
 */
@Schema(requiredProperties = {"id", "bookingId", "listingId", "author", "reviewer", "subjectId", "overall", "text", "writtenAt"})
public record ReviewResponse(@Schema(format = "uuid") String id, @Schema(format = "uuid") String bookingId,
                             @Schema(format = "uuid") String listingId, Party author, Person reviewer,
                             @Schema(format = "uuid") String subjectId,
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
    @Schema(requiredProperties = "id")
    public record Person(@Schema(format = "uuid") String id, String name) {
    }

    /** The host's public answer. */
    @Schema(requiredProperties = {"text", "respondedAt"})
    public record HostResponse(String text, Instant respondedAt) {
    }
}
