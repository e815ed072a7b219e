package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.FreeText;

/** A wishlist's name: stripped, 1 to 50 characters, one line without control characters (it is shown on screens). */
public record WishlistName(String value) {

    public static final int MAX_LENGTH = 50;

    public WishlistName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw InvalidInput.field("name", "must be 1 to " + MAX_LENGTH + " characters");
        }
        if (!FreeText.isSingleLine(value)) {
            throw InvalidInput.field("name", FreeText.singleLineMessage());
        }
    }
}
