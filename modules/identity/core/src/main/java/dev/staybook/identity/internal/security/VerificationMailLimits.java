package dev.staybook.identity.internal.security;

import dev.staybook.cache.RateCounters;
import dev.staybook.cache.RateLimit;
import dev.staybook.identity.api.UserId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Asking for another verification mail sends a mail each time: a signed-in account may ask a few times an hour. */
@ApplicationScoped
public class VerificationMailLimits {

    @Inject
    @ConfigProperty(name = "staybook.limit.verification-mails-per-user", defaultValue = "3/PT1H")
    String perUser;
    @Inject
    Clock clock;
    @Inject
    RateCounters counters;

    private RateLimit userLimit;

    @PostConstruct
    void createLimits() {
        userLimit = counters.limit("verification-mails-per-user", perUser, "too-many-verification-mails",
                "verification mails for this account");
    }

    /** Counts a request; 429 when the account has had its share. */
    public void acquire(UserId user) {
        userLimit.acquire(user.toString(), clock.instant());
    }
}
