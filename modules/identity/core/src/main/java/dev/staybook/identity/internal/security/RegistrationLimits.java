package dev.staybook.identity.internal.security;

import dev.staybook.cache.RateCounter;
import dev.staybook.cache.RateCounters;
import dev.staybook.cache.RateLimit;
import dev.staybook.identity.internal.domain.EmailAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registration costs a password hash (7 MiB, tens of milliseconds of CPU) and may send a mail, so it is limited
 * before either happens: per client address and per email address (counted whether or not an account has it, so
 * the limit reveals nothing). The owner of an address someone keeps trying to register hears of it at most once a day.
 */
@ApplicationScoped
public class RegistrationLimits {

    private static final Duration NOTICE_PERIOD = Duration.ofDays(1);

    @Inject
    @ConfigProperty(name = "staybook.limit.registrations-per-address", defaultValue = "10/PT1H")
    String perAddress;
    @Inject
    @ConfigProperty(name = "staybook.limit.registrations-per-email", defaultValue = "3/PT1H")
    String perEmail;
    @Inject
    Clock clock;
    @Inject
    RateCounters counters;

    private RateLimit addressLimit;
    private RateLimit emailLimit;
    private RateCounter notices;

    @PostConstruct
    void createLimits() {
        addressLimit = counters.limit("registrations-per-address", perAddress, "too-many-registrations", "registrations from this address");
        emailLimit = counters.limit("registrations-per-email", perEmail, "too-many-registrations", "registrations of this email address");
        notices = counters.counter("registration-notices", NOTICE_PERIOD, 1);
    }

    /** Counts a registration; 429 when the client address or the email address has had its share. */
    public void acquire(EmailAddress email, String clientAddress) {
        Instant now = clock.instant();
        addressLimit.acquire(clientAddress, now);
        emailLimit.acquire(email.digest(), now);
    }

    /** Whether the owner of this email may be told (again) that someone tried to register it. */
    public boolean mayNotifyOwner(EmailAddress email) {
        return notices.tryRecord(email.digest(), clock.instant());
    }
}
