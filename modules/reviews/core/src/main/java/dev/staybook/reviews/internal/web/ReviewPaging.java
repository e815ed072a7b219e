package dev.staybook.reviews.internal.web;

import dev.staybook.identity.api.PublicProfile;
import dev.staybook.identity.api.UserDirectory;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.reviews.internal.application.ReviewQueries;
import dev.staybook.reviews.internal.domain.Review;
import dev.staybook.reviews.internal.domain.ReviewRepository.Position;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ids in paths, keyset cursors and pages of reviews with their authors' public names. */
final class ReviewPaging {

    private ReviewPaging() {
    }

    static UUID id(String text, String notFoundCode, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound(notFoundCode, "There is no such " + what + ".");
        }
    }

    static Position position(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> parts = Cursor.decode(cursor, 2);
        try {
            return new Position(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException tampered) {
            throw InvalidInput.field("cursor", "is not a cursor this list returned");
        }
    }

    /** The first {@code limit} reviews and, if one more was found, a cursor after the last one shown. */
    static ReviewPageResponse page(ReviewQueries.Found found, int limit, UserDirectory directory) {
        List<Review> shown = found.reviews().stream().limit(limit).toList();
        String next = null;
        if (found.reviews().size() > limit) {
            Review last = shown.get(limit - 1);
            next = Cursor.encode(last.publishedAt().toString(), last.id().toString());
        }
        Map<String, PublicProfile> authors = authors(shown, directory);
        return new ReviewPageResponse(shown.stream().map(review -> ReviewResponse.of(review, authors)).toList(), next,
                ReviewPageResponse.Rating.of(found.rating()));
    }

    static Map<String, PublicProfile> authors(List<Review> reviews, UserDirectory directory) {
        List<UserId> ids = reviews.stream().map(Review::authorId).distinct().toList();
        return directory.publicProfiles(ids).values().stream()
                .collect(Collectors.toMap(profile -> profile.id().toString(), Function.identity()));
    }
}
