package dev.staybook.identity.api.event;

import dev.staybook.identity.api.UserId;
import java.time.Instant;

/** A user's public profile changed (name, bio, avatar, languages); cached copies are stale. */
public record UserProfileChanged(UserId userId, Instant occurredAt) {
}
