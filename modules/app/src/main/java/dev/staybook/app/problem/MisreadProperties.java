package dev.staybook.app.problem;

import dev.staybook.kernel.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The property of a JSON body that JSON-B could not read into its Java type ("two" for a number of guests, "tomorrow"
 * for a date) or that the request does not have (a misspelt "instantbook" would otherwise be dropped without a word),
 * as a field error, so that a client learns which one without guessing. Yasson names it only in its messages, one per
 * level of nesting it was reading, outermost first; a name that is not a plain identifier is not repeated.
 */
final class MisreadProperties {

    static final String MESSAGE = "is not of the documented type or format";
    static final String UNKNOWN = "is not a property of this request";
    private static final Pattern PROPERTY = Pattern.compile("^Unable to deserialize property '([^']{1,100})'");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("^Json property (\\S+) can not be mapped to a class");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_$-]{1,100}");

    private MisreadProperties() {
    }

    /** The misread property's path ("price.amount"), or nothing when the failure does not name one. */
    static List<FieldError> in(Throwable failure) {
        List<String> path = new ArrayList<>();
        String message = MESSAGE;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String text = String.valueOf(cause.getMessage());
            Matcher property = PROPERTY.matcher(text);
            Matcher unknown = UNKNOWN_PROPERTY.matcher(text);
            if (property.find()) {
                path.add(property.group(1));
            } else if (unknown.find()) {
                path.add(unknown.group(1));
                message = UNKNOWN;
            }
        }
        boolean named = !path.isEmpty() && path.stream().allMatch(name -> IDENTIFIER.matcher(name).matches());
        return named ? List.of(new FieldError(String.join(".", path), message)) : List.of();
    }
}
