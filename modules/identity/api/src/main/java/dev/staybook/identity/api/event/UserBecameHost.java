package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import java.time.Instant;

/** A user added the HOST role and may now list places. */
public record UserBecameHost(UserId userId, Instant occurredAt) {
}
