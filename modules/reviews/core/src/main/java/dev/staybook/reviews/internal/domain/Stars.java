package dev.staybook.reviews.internal.domain;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.FreeText;
import java.util.List;

/** Ratings are whole stars from 1 to 5; texts are non-blank and at most 2000 characters. */
public final class Stars {

    static final String RANGE_MESSAGE = "must be between 1 and 5";
    public static final int MAX_TEXT = 2000;

    private Stars() {
    }

    static boolean isValid(int stars) {
        return stars >= 1 && stars <= 5;
    }

    /** The text, stripped; fails with 400 on the field if it is blank or too long. */
    static String text(String field, String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > MAX_TEXT) {
            throw InvalidInput.field(field, "must be 1 to " + MAX_TEXT + " characters");
        }
        if (!FreeText.isMultiLine(stripped)) {
            throw InvalidInput.field(field, FreeText.multiLineMessage());
        }
        return stripped;
    }

    static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request has invalid fields.", errors);
        }
    }
}
