package dev.staybook.app.maintenance;

import dev.staybook.kernel.maintenance.Retentions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The retentions of the maintenance run, from MicroProfile Config (STAYBOOK_MAINTENANCE_* variables). */
@ApplicationScoped
public class MaintenanceSettings {

    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.maintenance.token-retention", defaultValue = "P7D")
    Duration tokens;
    @Inject
    @ConfigProperty(name = "staybook.maintenance.idempotency-retention", defaultValue = "P7D")
    Duration idempotencyKeys;
    @Inject
    @ConfigProperty(name = "staybook.maintenance.event-retention", defaultValue = "P14D")
    Duration processedEvents;
    @Inject
    @ConfigProperty(name = "staybook.maintenance.mail-retention", defaultValue = "P90D")
    Duration sentMails;
    @Inject
    @ConfigProperty(name = "staybook.maintenance.history-retention", defaultValue = "P365D")
    Duration history;
    @Inject
    @ConfigProperty(name = "staybook.maintenance.chunk-size", defaultValue = "10000")
    int chunkSize;

    /** The retentions as of now: each task measures back from the moment it starts. */
    public Retentions retentions() {
        return new Retentions(clock.instant(), tokens, idempotencyKeys, processedEvents, sentMails, history, chunkSize);
    }
}
