package dev.staybook.kernel.input;

import dev.staybook.kernel.error.InvalidInput;
import java.util.regex.Pattern;

/**
 * A client's key for retrying a request safely (the {@code Idempotency-Key} header, GraphQL's {@code idempotencyKey}):
 * 1 to 255 visible ASCII characters, the same rule wherever one is taken. A refusal names the field as the client
 * sent it.
 */
public final class IdempotencyKeyInput {

    public static final String RULE = "1 to 255 visible ASCII characters";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private IdempotencyKeyInput() {
    }

    /** The key, or null when none was sent; a key that breaks the rule is {@link InvalidInput} naming {@code field}. */
    public static String optional(String field, String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw InvalidInput.field(field, "must be " + RULE);
        }
        return key;
    }

    /** The key, which the operation needs; none, or one that breaks the rule, is {@link InvalidInput} naming {@code field}. */
    public static String required(String field, String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw InvalidInput.field(field, "is required: " + RULE);
        }
        return key;
    }
}
