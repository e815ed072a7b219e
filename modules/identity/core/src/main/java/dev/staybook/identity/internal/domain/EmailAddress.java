package dev.staybook.identity.internal.domain;

import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.FreeText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches() || !FreeText.isSingleLine(value)) {
            throw InvalidInput.field("email", "must be a valid email address");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    /** The SHA-256 of the address in hex: a key for counters and caches that must not hold the address itself. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
