package dev.staybook.app.problem;

import dev.staybook.kernel.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The property of a JSON body that JSON-B could not read into its Java type ("two" for a number of guests, "tomorrow"
 * for a date), as a field error, so that a client learns which one without guessing. Yasson names it only in its
 * message, one per level of nesting it was reading, outermost first.
 */
final class MisreadProperties {

    static final String MESSAGE = "is not of the documented type or format";
    private static final Pattern PROPERTY = Pattern.compile("^Unable to deserialize property '([^']{1,100})'");

    private MisreadProperties() {
    }

    /** The misread property's path ("price.amount"), or nothing when the failure does not name one. */
    static List<FieldError> in(Throwable failure) {
        List<String> path = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (property.find()) {
                path.add(property.group(1));
            }
        }
        return path.isEmpty() ? List.of() : List.of(new FieldError(String.join(".", path), MESSAGE));
    }
}
