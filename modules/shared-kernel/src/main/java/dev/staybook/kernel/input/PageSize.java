package dev.staybook.kernel.input;

import dev.staybook.kernel.error.InvalidInput;

/**
 * The number of items a client asks one page of a list for. GraphQL fills in an argument's default only when the
 * argument is left out, so an explicit {@code null} arrives here too: a caller's mistake like any out-of-range value.
 */
public final class PageSize {

    private PageSize() {
    }

    /** {@code requested}, when it is from 1 to {@code max}; otherwise {@link InvalidInput} naming {@code field}. */
    public static int require(String field, Integer requested, int max) {
        if (requested == null || requested < 1 || requested > max) {
            throw InvalidInput.field(field, "must be between 1 and " + max);
        }
        return requested;
    }
}
