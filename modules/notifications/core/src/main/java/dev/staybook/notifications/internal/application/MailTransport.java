package dev.staybook.notifications.internal.application;

/** Hands a mail to the mail system: an SMTP server, or the log when none is configured. */
public interface MailTransport {

    void send(OutgoingMail mail) throws MailNotSent;

    /** The mail system refused or could not be reached; worth another attempt later. */
    final class MailNotSent extends Exception {

        private static final long serialVersionUID = 1L;

        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
