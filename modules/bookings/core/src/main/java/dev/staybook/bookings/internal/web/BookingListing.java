package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.internal.application.BookingDetails;
import dev.staybook.bookings.internal.domain.BookingRepository;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.Page;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Parameters and pages of booking lists: status filters, keyset cursors, ids. */
public final class BookingListing {

    private BookingListing() {
    }

    public static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("booking-not-found", "There is no such booking.");
        }
    }

    public static BookingStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return BookingStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.field("status", "must be one of " + List.of(BookingStatus.values()));
        }
    }

    public static BookingRepository.Position position(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> parts = Cursor.decode(cursor, 2);
        try {
            return new BookingRepository.Position(Cursor.instant(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException tampered) {
            throw InvalidInput.field("cursor", "is not a cursor this list returned");
        }
    }

    /** The first {@code limit} bookings and, if one more was found, a cursor after the last shown. */
    static Page<BookingResponse> page(List<BookingDetails> found, int limit, boolean hostView) {
        String next = null;
        if (found.size() > limit) {
            BookingDetails last = found.get(limit - 1);
            next = Cursor.encode(last.createdAt().toString(), last.id().toString());
        }
        return new Page<>(found.stream().limit(limit).map(b -> BookingResponse.of(b, hostView)).toList(), next);
    }
}
