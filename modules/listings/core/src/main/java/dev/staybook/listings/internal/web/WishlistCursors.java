package dev.staybook.listings.internal.web;

import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.listings.internal.application.Wishlists;
import dev.staybook.listings.internal.domain.WishlistRepository.EntryPosition;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Ids and cursors of wishlist paths and pages. */
public final class WishlistCursors {

    private WishlistCursors() {
    }

    /** Anything that is not a UUID names no list (404, like another user's). */
    public static UUID wishlistId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw Wishlists.notFound();
        }
    }

    public static UUID wishlist(String cursor) {
        try {
            return UUID.fromString(Cursor.decode(cursor, 1).get(0));
        } catch (IllegalArgumentException tampered) {
            throw InvalidInput.field("cursor", "is not a cursor this list returned");
        }
    }

    public static String entry(Instant addedAt, UUID listingId) {
        return Cursor.encode(addedAt.toString(), listingId.toString());
    }

    public static EntryPosition entry(String cursor) {
        try {
            List<String> parts = Cursor.decode(cursor, 2);
            return new EntryPosition(Cursor.instant(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (RuntimeException tampered) {
            throw InvalidInput.field("cursor", "is not a cursor this list returned");
        }
    }
}
