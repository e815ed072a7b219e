package dev.staybook.identity.internal.security;

import dev.staybook.cache.RateCounter;
import dev.staybook.cache.RateCounters;
import dev.staybook.identity.internal.domain.EmailAddress;
import dev.staybook.identity.internal.security.ThrottledSignIns.Limit;
import dev.staybook.kernel.error.TooManyRequests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing (sign-in and password change) without locking the owner out:
 * <ul>
 *   <li>attempts per client address (one client trying many accounts);</li>
 *   <li>failures per account <em>and</em> address: a guesser locks out only their own address, so the owner, who signs
 *       in from elsewhere, still gets in with the right password;</li>
 *   <li>attempts per account from addresses that have never signed in to it (guessing spread over many addresses):
 *       when they run out, addresses the account signed in from in the last {@code known-address-period} still may.</li>
 * </ul>
 * Each attempt is counted, as a failure, <em>before</em> the password hash runs, and forgiven once it succeeds: a
 * burst of concurrent guesses cannot all slip in before the first failure is recorded. Unknown emails are counted
 * like known ones, so the limits reveal nothing. Counters are shared by every instance when Redis is configured and
 * keyed by a digest of the email, so Redis holds no addresses.
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
    @ConfigProperty(name = "staybook.login.max-unknown-address-attempts-per-account", defaultValue = "50")
    int maxUnknownAddressAttempts;
    @Inject
    @ConfigProperty(name = "staybook.login.known-address-period", defaultValue = "P30D")
    Duration knownAddressPeriod;
    @Inject
    Clock clock;
    @Inject
    RateCounters counters;
    @Inject
    ThrottledSignIns throttled;

    private RateCounter addressAttempts;
    private RateCounter failures;
    private RateCounter unknownAddressAttempts;
    private RateCounter knownAddresses;

    @PostConstruct
    void createCounters() {
        addressAttempts = counters.counter("login-address-attempts", addressWindow, maxAttemptsPerAddress);
        failures = counters.counter("login-failures", accountWindow, maxFailuresPerAccount);
        unknownAddressAttempts = counters.counter("login-unknown-address-attempts", accountWindow, maxUnknownAddressAttempts);
        knownAddresses = counters.counter("login-known-addresses", knownAddressPeriod, 1);
    }

    /** Counts the attempt (as a failure until {@link #succeeded}); fails with 429 if this address must wait for this account. */
    public void beforeAttempt(EmailAddress account, String clientAddress) {
        Instant now = clock.instant();
        take(addressAttempts, clientAddress, now, Limit.ADDRESS);
        String pair = pair(account, clientAddress);
        take(failures, pair, now, Limit.ACCOUNT);
        if (!knownAddresses.isAtLimit(pair, now)) {
            take(unknownAddressAttempts, account.digest(), now, Limit.UNKNOWN_ADDRESSES);
        }
    }

    /** The password was right: the address's failures on the account are forgiven and the address is known to it. */
    public void succeeded(EmailAddress account, String clientAddress) {
        String pair = pair(account, clientAddress);
        failures.reset(pair);
        knownAddresses.record(pair, clock.instant());
    }

    /** Counts the attempt, or refuses it with 429, counted by the limit that refused (staybook_login_throttled_total). */
    private void take(RateCounter counter, String key, Instant now, Limit limit) {
        if (!counter.tryRecord(key, now)) {
            throttled.refused(limit);
            Duration retryAfter = counter.retryAfter(key, now);
            throw new TooManyRequests("too-many-sign-in-attempts",
                    "Too many sign-in attempts. Try again in %d seconds.".formatted(retryAfter.toSeconds()), retryAfter);
        }
    }

    private static String pair(EmailAddress account, String clientAddress) {
        return account.digest() + ":" + clientAddress;
    }
}
