package dev.staybook.identity.internal.domain;

import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.FreeText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address in canonical form: trimmed, in Unicode NFC and lower-cased, so that uniqueness and every lookup
 * see one spelling of an address whatever its case and however the keyboard encoded its accents ("é" as one code
 * point or as "e" and a combining accent look the same to people). NFC and not NFKC: compatibility characters (a
 * fullwidth letter, a ligature) are what the user typed, and folding them would merge addresses that differ.
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
        return new EmailAddress(raw == null ? null : canonical(raw));
    }

    /**
     * The canonical spelling of an address, or of part of one (an administrator's search prefix), unchecked. Composed
     * before lower-casing so that both spellings of a letter lower-case alike, and again after, because lower-casing
     * can leave a composable pair ("J" and a combining caron become "j" and the caron, which compose to "ǰ").
     */
    public static String canonical(String raw) {
        String composed = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        return Normalizer.normalize(composed.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** Whether the text holds this address, in any case or Unicode spelling (a password must not). */
    public boolean appearsIn(String text) {
        return canonical(text).contains(value);
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
