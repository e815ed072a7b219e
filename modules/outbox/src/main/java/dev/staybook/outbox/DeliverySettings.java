package dev.staybook.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How events are delivered (MicroProfile Config; STAYBOOK_EVENTS_* environment variables override the defaults). */
@ApplicationScoped
public class DeliverySettings {

    @Inject
    @ConfigProperty(name = "staybook.events.workers", defaultValue = "4")
    int workers;
    @Inject
    @ConfigProperty(name = "staybook.events.batch-size", defaultValue = "50")
    int batchSize;
    @Inject
    @ConfigProperty(name = "staybook.events.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;
    @Inject
    @ConfigProperty(name = "staybook.events.first-retry", defaultValue = "PT1S")
    Duration firstRetry;
    @Inject
    @ConfigProperty(name = "staybook.events.max-retry-delay", defaultValue = "PT10M")
    Duration maxRetryDelay;
    @Inject
    @ConfigProperty(name = "staybook.events.max-attempts", defaultValue = "12")
    int maxAttempts;
    @Inject
    @ConfigProperty(name = "staybook.events.fault-injection", defaultValue = "false")
    boolean faultInjection;

    /** Delivery threads of this instance; each holds at most one database connection. */
    int workers() {
        return Math.max(1, workers);
    }

    /** Deliveries of one subscriber handled in one transaction. */
    int batchSize() {
        return Math.max(1, batchSize);
    }

    /** How often each instance looks for due deliveries it was not told about (retries, other instances' work). */
    Duration pollInterval() {
        return pollInterval;
    }

    Retries retries() {
        return new Retries(firstRetry, maxRetryDelay, maxAttempts);
    }

    /** Honour {@code outbox.injected_faults}: for tests that need a subscriber to fail; never in production. */
    boolean faultInjection() {
        return faultInjection;
    }
}
