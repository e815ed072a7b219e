package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import java.time.Instant;

/** A user's password changed and all their sessions were ended; worth telling them by mail. */
public record PasswordChanged(UserId userId, Instant occurredAt) {
}
