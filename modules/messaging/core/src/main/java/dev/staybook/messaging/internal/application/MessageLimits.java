package dev.staybook.messaging.internal.application;

import dev.staybook.cache.RateCounters;
import dev.staybook.cache.RateLimit;
import dev.staybook.identity.api.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every message mails its recipient, so sending is limited per account and per client address, and starting
 * inquiries (a new conversation with a host who never heard of the sender) is limited per account on its own.
 */
@ApplicationScoped
public class MessageLimits {

    @Inject
    @ConfigProperty(name = "staybook.limit.messages-per-account", defaultValue = "30/PT10M")
    String perAccount;
    @Inject
    @ConfigProperty(name = "staybook.limit.messages-per-address", defaultValue = "60/PT10M")
    String perAddress;
    @Inject
    @ConfigProperty(name = "staybook.limit.inquiries-per-account", defaultValue = "10/P1D")
    String inquiriesPerAccount;
    @Inject
    Clock clock;
    @Inject
    RateCounters counters;

    private RateLimit accountLimit;
    private RateLimit addressLimit;
    private RateLimit inquiryLimit;

    @PostConstruct
    void createLimits() {
        accountLimit = counters.limit("messages-per-account", perAccount, "too-many-messages", "messages from this account");
        addressLimit = counters.limit("messages-per-address", perAddress, "too-many-messages", "messages from this address");
        inquiryLimit = counters.limit("inquiries-per-account", inquiriesPerAccount, "too-many-inquiries", "new inquiries from this account");
    }

    /** Counts one message of the sender from the address; 429 when either has sent its share. */
    void acquireMessage(Caller sender, String clientAddress) {
        Instant now = clock.instant();
        addressLimit.acquire(clientAddress, now);
        accountLimit.acquire(sender.id().toString(), now);
    }

    /** Counts one new inquiry conversation of the guest. */
    void acquireInquiry(Caller guest) {
        inquiryLimit.acquire(guest.id().toString(), clock.instant());
    }
}
