package dev.staybook.notifications.internal.application;

import dev.staybook.notifications.internal.domain.Mail;
import dev.staybook.notifications.internal.domain.Recipient;
import java.util.UUID;

/** A claimed mail, detached from the database while it is being sent; the Message-ID is the same every attempt. */
public record OutgoingMail(UUID id, String messageId, Recipient to, String subject, String body) {

    static OutgoingMail of(Mail mail, String messageIdDomain) {
        return new OutgoingMail(mail.id(), mail.messageId(messageIdDomain), mail.recipient(), mail.subject(), mail.body());
    }
}
