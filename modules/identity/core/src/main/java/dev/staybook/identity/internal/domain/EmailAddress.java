package dev.staybook.identity.internal.domain;

import dev.staybook.kernel.error.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address in canonical form: trimmed and lower-cased, so that uniqueness is case-insensitive.
 * The check is deliberately loose (one @, a dotted domain); only a sent mail proves an address.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw InvalidInput.field("email", "must be a valid email address");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
