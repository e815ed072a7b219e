package dev.staybook.identity.internal.security;

import dev.staybook.identity.internal.domain.EmailAddress;
import dev.staybook.kernel.error.TooManyRequests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing from two sides: failed sign-ins per account (an attacker trying many
 * passwords on one account) and all sign-in attempts per client address (one client trying many
 * accounts). Unknown emails are counted like known ones, so the limits reveal nothing.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    @ConfigProperty(name = "staybook.login.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;
    @Inject
    @ConfigProperty(name = "staybook.login.account-window", defaultValue = "PT15M")
    Duration accountWindow;
    @Inject
    @ConfigProperty(name = "staybook.login.max-attempts-per-address", defaultValue = "20")
    int maxAttemptsPerAddress;
    @Inject
    @ConfigProperty(name = "staybook.login.address-window", defaultValue = "PT1M")
    Duration addressWindow;
    @Inject
    Clock clock;

    private SlidingWindowCounter accountFailures;
    private SlidingWindowCounter addressAttempts;

    @PostConstruct
    void createCounters() {
        accountFailures = new SlidingWindowCounter(accountWindow, maxFailuresPerAccount);
        addressAttempts = new SlidingWindowCounter(addressWindow, maxAttemptsPerAddress);
    }

    /** Counts an attempt from the address; fails with 429 if the address or the account must wait. */
    public void beforeAttempt(EmailAddress account, String clientAddress) {
        Instant now = clock.instant();
        if (!addressAttempts.tryRecord(clientAddress, now)) {
            throw tooMany(addressAttempts.retryAfter(clientAddress, now));
        }
        if (accountFailures.isAtLimit(account.value(), now)) {
            throw tooMany(accountFailures.retryAfter(account.value(), now));
        }
    }

    public void failed(EmailAddress account) {
        accountFailures.record(account.value(), clock.instant());
    }

    public void succeeded(EmailAddress account) {
        accountFailures.reset(account.value());
    }

    private static TooManyRequests tooMany(Duration retryAfter) {
        return new TooManyRequests("too-many-sign-in-attempts",
                "Too many sign-in attempts. Try again in %d seconds.".formatted(retryAfter.toSeconds()), retryAfter);
    }
}
