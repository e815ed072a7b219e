package dev.staybook.identity.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user account across every module. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} for anything that is not a UUID. */
    public static UserId parse(String text) {
        return new UserId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
