package dev.staybook.notifications.internal.application;

import dev.staybook.notifications.internal.domain.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The notifications module's settings (MicroProfile Config; environment variables override the defaults). */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "staybook.mail.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "staybook.mail.from", defaultValue = "no-reply@staybook.dev")
    String from;
    @Inject
    @ConfigProperty(name = "staybook.mail.poll-interval", defaultValue = "PT10S")
    Duration pollInterval;
    @Inject
    @ConfigProperty(name = "staybook.mail.lease", defaultValue = "PT2M")
    Duration lease;
    @Inject
    @ConfigProperty(name = "staybook.mail.first-retry", defaultValue = "PT1M")
    Duration firstRetry;
    @Inject
    @ConfigProperty(name = "staybook.mail.max-attempts", defaultValue = "12")
    int maxAttempts;

    /** True if mails go to an SMTP server; otherwise they are only logged. */
    public boolean sendsMail() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    /** The domain of Message-IDs: the sender's. */
    public String messageIdDomain() {
        int at = from.lastIndexOf('@');
        return at < 0 ? "staybook.dev" : from.substring(at + 1).replace(">", "").strip();
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    /** How long a claimed mail is kept from other workers while it is sent. */
    public Duration lease() {
        return lease;
    }

    public RetryPolicy retryPolicy() {
        Duration max = RetryPolicy.standard().maxDelay();
        return new RetryPolicy(firstRetry, firstRetry.compareTo(max) > 0 ? firstRetry : max, maxAttempts);
    }
}
