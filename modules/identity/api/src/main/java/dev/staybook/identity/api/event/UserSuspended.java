package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import java.time.Instant;

/** An administrator suspended the account: it cannot sign in and its sessions are revoked. */
public record UserSuspended(UserId userId, String reason, Instant occurredAt) {
}
