package dev.staybook.notifications.internal.mail;

import dev.staybook.notifications.internal.application.MailSettings;
import dev.staybook.notifications.internal.application.MailTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Chooses the transport once: SMTP through the server's mail session if a mail host is configured, else the log. */
@ApplicationScoped
public class MailTransports {

    /** The mail session config/server.xml defines from STAYBOOK_MAIL_HOST, _PORT and _FROM. */
    static final String SESSION = "mail/staybook";

    @Inject
    MailSettings settings;

    @Produces
    @ApplicationScoped
    MailTransport transport() {
        return settings.sendsMail() ? new SmtpMailTransport(SESSION, settings.from()) : new LoggedMailTransport();
    }
}
