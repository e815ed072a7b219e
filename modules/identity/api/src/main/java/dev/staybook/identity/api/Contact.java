package dev.staybook.identity.api;

import java.util.Objects;

/** How to reach a user: for modules that write to them (notifications), never shown to other users. */
public record Contact(String email, String name) {

    public Contact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }
}
