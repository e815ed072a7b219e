package dev.staybook.reviews.internal.domain;

import dev.staybook.bookings.api.Party;
import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import java.util.List;

/**
 * What a review says: the overall stars, the listing's aspect scores (only when the guest reviews the
 * listing; a host rates the guest overall only) and the text.
 */
public record ReviewContent(int overall, ListingScores scores, String text) {

    public ReviewContent {
        if (!Stars.isValid(overall)) {
            throw InvalidInput.field("overall", Stars.RANGE_MESSAGE);
        }
        text = Stars.text("text", text);
    }

    /** Fails with 400 unless the content has the shape the side's review needs. */
    void requireFitFor(Party author) {
        if (author == Party.GUEST && scores == null) {
            throw new InvalidInput("A review of a listing rates each aspect.", aspects("is required in a review of a listing"));
        }
        if (author == Party.HOST && scores != null) {
            throw new InvalidInput("A host rates the guest overall only.", aspects("is only for reviews of a listing"));
        }
    }

    private static List<FieldError> aspects(String message) {
        return List.of("cleanliness", "accuracy", "communication", "location", "checkIn", "value").stream()
                .map(name -> new FieldError(name, message)).toList();
    }
}
