package dev.staybook.reviews.internal.web;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.reviews.internal.domain.ListingScores;
import dev.staybook.reviews.internal.domain.ReviewContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a request into review content: aspect scores come all together or not at all. */
public final class ReviewContents {

    private ReviewContents() {
    }

    public static ReviewContent of(WriteReviewRequest body) {
        Map<String, Integer> aspects = new LinkedHashMap<>();
        aspects.put("cleanliness", body.cleanliness());
        aspects.put("accuracy", body.accuracy());
        aspects.put("communication", body.communication());
        aspects.put("location", body.location());
        aspects.put("checkIn", body.checkIn());
        aspects.put("value", body.value());
        List<FieldError> missing = new ArrayList<>();
        aspects.forEach((name, score) -> {
            if (score == null) {
                missing.add(new FieldError(name, "is required in a guest's review of a listing; a host's review of a guest has no aspects"));
            }
        });
        if (missing.size() == aspects.size()) {
            return new ReviewContent(body.overall(), null, body.text());
        }
        if (!missing.isEmpty()) {
            // which side writes is known only later: the problem names both shapes
            throw new InvalidInput("A guest's review of a listing rates each aspect; a host rates the guest overall only.", missing);
        }
        return new ReviewContent(body.overall(), new ListingScores(body.cleanliness(), body.accuracy(), body.communication(),
                body.location(), body.checkIn(), body.value()), body.text());
    }
}
