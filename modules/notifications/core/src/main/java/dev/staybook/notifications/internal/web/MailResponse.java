package dev.staybook.notifications.internal.web;

import dev.staybook.notifications.internal.domain.Mail;
import dev.staybook.notifications.internal.domain.MailKind;
import dev.staybook.notifications.internal.domain.MailStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A mail of the outbox as administrators see it (the body stays private). The next attempt only while one is ahead:
 * a sent or failed mail's column still holds its last lease, which would read as a retry to come.
 */
@Schema(requiredProperties = {"id", "kind", "to", "subject", "status", "attempts", "createdAt"})
public record MailResponse(@Schema(format = "uuid") String id, MailKind kind, String to, String subject, MailStatus status, int attempts,
                           Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    static MailResponse of(Mail mail) {
        return new MailResponse(mail.id().toString(), mail.kind(), mail.recipient().email(), mail.subject(), mail.status(),
                mail.attempts(), mail.status() == MailStatus.PENDING ? mail.nextAttemptAt() : null, mail.lastError(), mail.createdAt(),
                mail.sentAt());
    }
}
