package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import java.time.Instant;

/** A new account exists. Carries the email address so that a welcome mail can be sent. */
public record UserRegistered(UserId userId, String email, String name, Instant occurredAt) {
}
