package dev.staybook.bookings.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a booking across every module. */
public record BookingId(UUID value) {

    public BookingId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} for anything that is not a UUID. */
    public static BookingId parse(String text) {
        return new BookingId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
