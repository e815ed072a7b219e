package dev.staybook.identity.internal.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One sign-in session (a refresh token family) as its owner may see it in a data export: when it began, when it was
 * last refreshed, until when it could run, and whether it was ended. No token, no hash.
 */
public record SessionSummary(UUID sessionId, Instant startedAt, Instant lastRefreshedAt, Instant expiresAt,
                             boolean ended) {

    /** For a JPQL constructor expression: {@code revokedTokens} is how many of the family's tokens were revoked. */
    public SessionSummary(UUID sessionId, Instant startedAt, Instant lastRefreshedAt, Instant expiresAt, long revokedTokens) {
        this(sessionId, startedAt, lastRefreshedAt, expiresAt, revokedTokens > 0);
    }
}
