package dev.staybook.notifications.internal.mail;

import dev.staybook.kernel.deployment.DevelopmentSetting;
import dev.staybook.notifications.internal.application.MailSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Without a mail host mails are written to the server log (the quick start): right on a developer's machine, where the
 * log is how one reads a reset token; anywhere else nobody receives a mail, and whoever reads the log can take over any
 * account whose password reset someone asks for.
 */
@ApplicationScoped
public class MailLogInUse implements DevelopmentSetting {

    @Inject
    MailSettings settings;
    @Inject
    @ConfigProperty(name = "staybook.allow.mail-log", defaultValue = "false")
    boolean allowed;

    @Override
    public Optional<String> inUse() {
        return settings.sendsMail() ? Optional.empty()
                : Optional.of("the mail LOG instead of a mail server: no mail reaches anyone, and the one-time tokens of password"
                        + " resets and email verifications are written to the server log");
    }

    @Override
    public boolean allowedInProduction() {
        return allowed;
    }

    @Override
    public String remedy() {
        return "set STAYBOOK_MAIL_HOST, or STAYBOOK_ALLOW_MAIL_LOG=true for a demo";
    }
}
