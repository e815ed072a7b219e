package dev.staybook.identity.internal.security;

import dev.staybook.cache.RateCounter;
import dev.staybook.cache.RateCounters;
import dev.staybook.identity.internal.domain.EmailAddress;
import dev.staybook.kernel.error.TooManyRequests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Slows down password guessing from two sides: failed sign-ins per account (an attacker trying many
 * passwords on one account) and all sign-in attempts per client address (one client trying many
 * accounts). Unknown emails are counted like known ones, so the limits reveal nothing. The counters are
 * shared by every instance when Redis is configured (see {@link RateCounters}), so adding instances does not
 * multiply an attacker's allowance; they are keyed by a digest of the email, so Redis holds no addresses.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Metadata THROTTLED = Metadata.builder().withName("staybook.login.throttled")
            .withDescription("Sign-in attempts refused with 429, by the limit that refused them (address or account)").build();

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
    @Inject
    RateCounters counters;
    @Inject
    MetricRegistry metrics;

    private RateCounter accountFailures;
    private RateCounter addressAttempts;

    @PostConstruct
    void createCounters() {
        accountFailures = counters.counter("login-account-failures", accountWindow, maxFailuresPerAccount);
        addressAttempts = counters.counter("login-address-attempts", addressWindow, maxAttemptsPerAddress);
    }

    /** Counts an attempt from the address; fails with 429 if the address or the account must wait. */
    public void beforeAttempt(EmailAddress account, String clientAddress) {
        Instant now = clock.instant();
        if (!addressAttempts.tryRecord(clientAddress, now)) {
            throw throttled("address", addressAttempts.retryAfter(clientAddress, now));
        }
        String accountKey = accountKey(account);
        if (accountFailures.isAtLimit(accountKey, now)) {
            throw throttled("account", accountFailures.retryAfter(accountKey, now));
        }
    }

    public void failed(EmailAddress account) {
        accountFailures.record(accountKey(account), clock.instant());
    }

    public void succeeded(EmailAddress account) {
        accountFailures.reset(accountKey(account));
    }

    /** The SHA-256 of the (normalized) email in hex: the same on every instance, and not the address itself. */
    static String accountKey(EmailAddress account) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(account.value().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Counts the refusal by the limit that refused (staybook_login_throttled_total{limit=...}) and makes its 429. */
    private TooManyRequests throttled(String limit, Duration retryAfter) {
        metrics.counter(THROTTLED, new Tag("limit", limit)).inc();
        return tooMany(retryAfter);
    }

    private static TooManyRequests tooMany(Duration retryAfter) {
        return new TooManyRequests("too-many-sign-in-attempts",
                "Too many sign-in attempts. Try again in %d seconds.".formatted(retryAfter.toSeconds()), retryAfter);
    }
}
