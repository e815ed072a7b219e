package dev.staybook.notifications.internal.domain;

import dev.staybook.identity.api.UserId;
import java.util.Objects;

/**
 * Who a mail goes to: an address and the name to greet, or no name (empty) where none can be trusted yet, and the
 * account it belongs to (null only for an address without one), so that the mails go when the account does.
 */
public record Recipient(String email, String name, UserId user) {

    public Recipient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }

    /** An address without an account. */
    public Recipient(String email, String name) {
        this(email, name, null);
    }

    /** The address alone: for mails to an address whose account is new, named by whoever registered it. */
    public static Recipient addressOf(UserId user, String email) {
        return new Recipient(email, "", Objects.requireNonNull(user, "user"));
    }
}
