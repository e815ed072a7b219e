package dev.staybook.notifications.internal.domain;

import dev.staybook.kernel.input.FreeText;
import java.util.Objects;

/**
 * A mail's subject and plain-text body. The subject is a header: whatever users wrote into it (a listing's title)
 * is kept on one line, so it can never add a header of its own.
 */
public record MailContent(MailKind kind, String subject, String body) {

    public MailContent {
        Objects.requireNonNull(kind, "kind");
        subject = FreeText.oneLine(Objects.requireNonNull(subject, "subject"));
        Objects.requireNonNull(body, "body");
    }
}
