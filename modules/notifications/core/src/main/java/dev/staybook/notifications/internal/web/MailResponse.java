package dev.staybook.notifications.internal.web;

import dev.staybook.notifications.internal.domain.Mail;
import dev.staybook.notifications.internal.domain.MailKind;
import dev.staybook.notifications.internal.domain.MailStatus;
import java.time.Instant;

/** A mail of the outbox as administrators see it (the body stays private). */
public record MailResponse(String id, MailKind kind, String to, String subject, MailStatus status, int attempts,
                           Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    static MailResponse of(Mail mail) {
        return new MailResponse(mail.id().toString(), mail.kind(), mail.recipient().email(), mail.subject(), mail.status(),
                mail.attempts(), mail.nextAttemptAt(), mail.lastError(), mail.createdAt(), mail.sentAt());
    }
}
