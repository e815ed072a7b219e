package dev.staybook.identity.internal.security;

import dev.staybook.cache.RateCounters;
import dev.staybook.cache.RateLimit;
import dev.staybook.identity.internal.domain.EmailAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A password reset request mails the owner of an address, so anyone could use it to flood a mailbox: requests are
 * limited per client address and per email address, counted whether or not an account has the address (so the limit
 * reveals nothing), like registrations.
 */
@ApplicationScoped
public class PasswordResetLimits {

    @Inject
    @ConfigProperty(name = "staybook.limit.password-resets-per-address", defaultValue = "10/PT1H")
    String perAddress;
    @Inject
    @ConfigProperty(name = "staybook.limit.password-resets-per-email", defaultValue = "3/PT1H")
    String perEmail;
    @Inject
    Clock clock;
    @Inject
    RateCounters counters;

    private RateLimit addressLimit;
    private RateLimit emailLimit;

    @PostConstruct
    void createLimits() {
        addressLimit = counters.limit("password-resets-per-address", perAddress, "too-many-password-resets",
                "password reset requests from this address");
        emailLimit = counters.limit("password-resets-per-email", perEmail, "too-many-password-resets",
                "password reset requests for this email address");
    }

    /** Counts a request; 429 when the client address or the email address has had its share. */
    public void acquire(EmailAddress email, String clientAddress) {
        Instant now = clock.instant();
        addressLimit.acquire(clientAddress, now);
        emailLimit.acquire(email.digest(), now);
    }
}
