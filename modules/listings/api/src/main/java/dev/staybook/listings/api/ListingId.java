package dev.staybook.listings.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a listing across every module. */
public record ListingId(UUID value) {

    public ListingId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} for anything that is not a UUID. */
    public static ListingId parse(String text) {
        return new ListingId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
