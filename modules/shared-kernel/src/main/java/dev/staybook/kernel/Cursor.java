package dev.staybook.kernel;

import dev.staybook.kernel.error.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset-pagination cursors: the sort key of the last item shown, base64url-encoded so that
 * clients treat it as a token rather than something to build or edit.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Cursor() {
    }

    public static String encode(String... keyParts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keyParts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A moment a cursor holds. Lists only ever write moments of years 0001 to 9999; an edited cursor's moment beyond
     * them (Instant takes a billion years) would fail in PostgreSQL instead of answering 400.
     */
    public static Instant instant(String keyPart) {
        Instant moment = Instant.parse(keyPart);
        if (moment.isBefore(EARLIEST) || moment.isAfter(LATEST)) {
            throw new DateTimeParseException("a moment outside the years 0001 to 9999", keyPart, 0);
        }
        return moment;
    }

    /** The key parts; fails with 400 on anything this class did not produce with that many parts. */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split(SEPARATOR, -1));
            if (parts.size() != expectedParts) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field("cursor", "is not a cursor this list returned");
        }
    }
}
