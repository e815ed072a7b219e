package dev.staybook.notifications.internal.domain;

import java.util.Objects;

/** A mail's subject and plain-text body. */
public record MailContent(MailKind kind, String subject, String body) {

    public MailContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
