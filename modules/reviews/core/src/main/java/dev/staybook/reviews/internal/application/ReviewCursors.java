package dev.staybook.reviews.internal.application;

import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.reviews.internal.domain.Review;
import dev.staybook.reviews.internal.domain.ReviewRepository.Position;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Keyset cursors of review lists, newest published first: the publication time and the id of the last one shown. */
public final class ReviewCursors {

    private ReviewCursors() {
    }

    /** Where the page after {@code cursor} starts; null (the first page) for no cursor. */
    public static Position position(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> parts = Cursor.decode(cursor, 2);
        try {
            return new Position(Cursor.instant(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException tampered) {
            throw InvalidInput.field("cursor", "is not a cursor this list returned");
        }
    }

    /** The cursor of the page after the one that ends with {@code last}. */
    public static String after(Review last) {
        return Cursor.encode(last.publishedAt().toString(), last.id().toString());
    }
}
