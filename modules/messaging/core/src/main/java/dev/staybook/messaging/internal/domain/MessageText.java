package dev.staybook.messaging.internal.domain;

import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.FreeText;

/** The text of a message: stripped, 1 to 5000 characters, no control characters but line breaks and tabs. */
public record MessageText(String value) {

    public static final int MAX_LENGTH = 5000;
    private static final int EXCERPT_LENGTH = 200;

    public MessageText {
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw InvalidInput.field("text", "must be 1 to " + MAX_LENGTH + " characters");
        }
        if (!FreeText.isMultiLine(value)) {
            throw InvalidInput.field("text", FreeText.multiLineMessage());
        }
    }

    /** The start of the text, cut at a code point boundary, for notifications. */
    public String excerpt() {
        if (value.codePointCount(0, value.length()) <= EXCERPT_LENGTH) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, EXCERPT_LENGTH)) + "…";
    }
}
