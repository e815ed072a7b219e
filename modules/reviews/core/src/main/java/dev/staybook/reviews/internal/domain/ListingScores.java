package dev.staybook.reviews.internal.domain;

import dev.staybook.kernel.error.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The guest's ratings of the listing's aspects, each 1 to 5. */
public record ListingScores(int cleanliness, int accuracy, int communication, int location, int checkIn, int value) {

    public ListingScores {
        List<FieldError> errors = new ArrayList<>();
        byName(cleanliness, accuracy, communication, location, checkIn, value).forEach((name, score) -> {
            if (!Stars.isValid(score)) {
                errors.add(new FieldError(name, Stars.RANGE_MESSAGE));
            }
        });
        Stars.failOn(errors);
    }

    /** The scores by their JSON names, in a fixed order. */
    public Map<String, Integer> byName() {
        return byName(cleanliness, accuracy, communication, location, checkIn, value);
    }

    private static Map<String, Integer> byName(int cleanliness, int accuracy, int communication, int location, int checkIn,
                                               int value) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("cleanliness", cleanliness);
        scores.put("accuracy", accuracy);
        scores.put("communication", communication);
        scores.put("location", location);
        scores.put("checkIn", checkIn);
        scores.put("value", value);
        return scores;
    }
}
