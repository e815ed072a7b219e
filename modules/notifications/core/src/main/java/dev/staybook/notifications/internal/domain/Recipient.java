package dev.staybook.notifications.internal.domain;

import java.util.Objects;

/** Who a mail goes to: an address and the name to greet. */
public record Recipient(String email, String name) {

    public Recipient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }
}
