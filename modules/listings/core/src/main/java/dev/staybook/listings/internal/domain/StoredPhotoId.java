package dev.staybook.listings.internal.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** An uploaded photo's name in the {@link PhotoStore}: the SHA-256 of its bytes in lower-case hex, so equal bytes share it. */
public record StoredPhotoId(String value) {

    private static final Pattern HEX_SHA_256 = Pattern.compile("^[0-9a-f]{64}$");

    public StoredPhotoId {
        if (value == null || !HEX_SHA_256.matcher(value).matches()) {
            throw new IllegalArgumentException("not a stored photo id: " + value);
        }
    }

    public static StoredPhotoId of(byte[] bytes) {
        try {
            return new StoredPhotoId(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The id if the text is one, for ids that come from requests. */
    public static Optional<StoredPhotoId> parse(String text) {
        return text != null && HEX_SHA_256.matcher(text).matches() ? Optional.of(new StoredPhotoId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
