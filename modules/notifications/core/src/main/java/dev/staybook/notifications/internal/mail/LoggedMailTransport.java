package dev.staybook.notifications.internal.mail;

import dev.staybook.notifications.internal.application.MailTransport;
import dev.staybook.notifications.internal.application.OutgoingMail;
import java.util.logging.Logger;

/** Without a mail host (the quick start) mails are written to the log: nothing is sent anywhere. */
class LoggedMailTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(LoggedMailTransport.class.getName());

    @Override
    public void send(OutgoingMail mail) {
        LOG.info(() -> "Mail (not sent: no mail host configured) %s to %s: %s%n%s".formatted(mail.messageId(), mail.to().email(),
                mail.subject(), mail.body()));
    }
}
