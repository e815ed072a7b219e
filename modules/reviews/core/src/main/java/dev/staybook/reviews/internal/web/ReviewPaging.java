package dev.staybook.reviews.internal.web;

import dev.staybook.identity.api.PublicProfile;
import dev.staybook.identity.api.UserDirectory;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.reviews.internal.application.ReviewCursors;
import dev.staybook.reviews.internal.application.ReviewQueries;
import dev.staybook.reviews.internal.domain.Review;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ids in paths, keyset cursors and pages of reviews with their authors' public names. */
public final class ReviewPaging {

    private ReviewPaging() {
    }

    public static UUID id(String text, String notFoundCode, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound(notFoundCode, "There is no such " + what + ".");
        }
    }

    /** The first {@code limit} reviews and, if one more was found, a cursor after the last one shown. */
    static ReviewPageResponse page(ReviewQueries.Found found, int limit, UserDirectory directory) {
        List<Review> shown = found.reviews().stream().limit(limit).toList();
        String next = null;
        if (found.reviews().size() > limit) {
            Review last = shown.get(limit - 1);
            next = ReviewCursors.after(last);
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
