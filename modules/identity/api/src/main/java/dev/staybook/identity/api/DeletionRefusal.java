package dev.staybook.identity.api;

import java.util.Objects;

/**
 * Why an account cannot be deleted yet.
 *
 * @param code   the problem type's slug the client may switch on (e.g. {@code upcoming-stays})
 * @param detail what is in the way and what to do about it, for people
 */
public record DeletionRefusal(String code, String detail) {

    public DeletionRefusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
