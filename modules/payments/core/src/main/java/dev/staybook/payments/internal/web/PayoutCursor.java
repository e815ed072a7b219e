package dev.staybook.payments.internal.web;

import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.payments.internal.persistence.PayoutQueries.PayoutView;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The keyset position of a payout list (newest first): the creation time and id of the last payout shown. */
record PayoutCursor(Instant createdAt, UUID id) {

    static PayoutCursor decode(String cursor) {
        if (cursor == null) {
            return new PayoutCursor(null, null);
        }
        List<String> parts = Cursor.decode(cursor, 2);
        try {
            return new PayoutCursor(Cursor.instant(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException tampered) {
            throw InvalidInput.field("cursor", "is not a cursor this list returned");
        }
    }

    /** The cursor of the next page when {@code found} (asked for one more than {@code limit}) has one. */
    static String next(List<PayoutView> found, int limit) {
        return found.size() > limit ? Cursor.encode(found.get(limit - 1).createdAt().toString(), found.get(limit - 1).id().toString()) : null;
    }
}
