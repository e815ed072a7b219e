package dev.staybook.notifications.internal.mail;

import dev.staybook.notifications.internal.application.MailTransport;
import dev.staybook.notifications.internal.application.OutgoingMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Plain-text mails over SMTP with Jakarta Mail, through the mail session Liberty provides. */
class SmtpMailTransport implements MailTransport {

    private final String sessionName;
    private final String from;

    SmtpMailTransport(String sessionName, String from) {
        this.sessionName = sessionName;
        this.from = from;
    }

    @Override
    public void send(OutgoingMail mail) throws MailNotSent {
        try {
            MimeMessage message = new StableIdMessage(session(), mail.messageId());
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, mail.to().name().isBlank() ? new InternetAddress(mail.to().email())
                    : new InternetAddress(mail.to().email(), mail.to().name(), "UTF-8"));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(Date.from(Instant.now()));
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException | NamingException e) {
            throw new MailNotSent(e.toString(), e);
        }
    }

    // looked up when needed: a missing or broken session fails the sending (and is retried), not the start-up
    private Session session() throws NamingException {
        return InitialContext.doLookup(sessionName);
    }

    /** Keeps the mail's own Message-ID: Jakarta Mail would otherwise make a new one on every attempt. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
