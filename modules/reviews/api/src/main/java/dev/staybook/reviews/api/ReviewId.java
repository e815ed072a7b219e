package dev.staybook.reviews.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a review across every module. */
public record ReviewId(UUID value) {

    public ReviewId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
