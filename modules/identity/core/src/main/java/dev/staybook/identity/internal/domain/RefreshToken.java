package dev.staybook.identity.internal.domain;

import dev.staybook.identity.api.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token of a sign-in session. Only its SHA-256 hash is stored. Tokens of one session
 * form a family: each refresh uses up the presented token and issues the next one in the family.
 *
 * <p>Lifecycle: ACTIVE until used, revoked or expired. Presenting a token that was already used or
 * revoked means it was stolen or replayed: the whole family is revoked (reuse detection). Every token of a family
 * carries the session's start, and none outlives the session's absolute lifetime, however often it is refreshed.
 */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private byte[] tokenHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "session_started_at", nullable = false)
    private Instant sessionStartedAt;

    protected RefreshToken() {
        // for JPA
    }

    private RefreshToken(UUID id, UUID userId, UUID familyId, byte[] tokenHash, Instant issuedAt, Instant expiresAt,
                         Instant sessionStartedAt) {
        this.id = id;
        this.userId = userId;
        this.familyId = familyId;
        this.tokenHash = tokenHash.clone();
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.sessionStartedAt = sessionStartedAt;
    }

    /** The first token of a new session. */
    public static RefreshToken startFamily(UUID id, UserId user, byte[] tokenHash, Instant now, Instant expiresAt) {
        return new RefreshToken(id, user.value(), id, tokenHash, now, expiresAt, now);
    }

    /** Uses this token up and returns its successor in the same family and session. */
    public RefreshToken rotate(UUID nextId, byte[] nextTokenHash, Instant now, Instant nextExpiresAt) {
        usedAt = now;
        return new RefreshToken(nextId, userId, familyId, nextTokenHash, now, nextExpiresAt, sessionStartedAt);
    }

    /** When the session this token belongs to was started by a sign-in. */
    public Instant sessionStartedAt() {
        return sessionStartedAt;
    }

    /** True if this token was already exchanged: presenting it again is a replay. */
    public boolean isUsed() {
        return usedAt != null;
    }

    /** True if its session was ended: signed out, password changed, account suspended, or a replay seen. */
    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public UserId userId() {
        return new UserId(userId);
    }

    public UUID familyId() {
        return familyId;
    }
}
