package dev.staybook.sample.api.event;

import dev.staybook.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** An event as a module "sample" would publish it, for the library's naming tests. */
public record SampleHappened(UUID eventId, UUID aggregateId, Instant occurredAt) implements IntegrationEvent {
}
