package dev.staybook.notifications.internal.domain;

import java.util.Objects;

/** Who a mail goes to: an address and the name to greet, or no name (empty) where none can be trusted yet. */
public record Recipient(String email, String name) {

    public Recipient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }

    /** The address alone: for mails to an address whose account is new, named by whoever registered it. */
    public static Recipient address(String email) {
        return new Recipient(email, "");
    }
}
