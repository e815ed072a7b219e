package dev.staybook.identity.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Gone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A one-time permission to choose a new password for an account, mailed to its address. Only the SHA-256 hash of the
 * token is stored.
 *
 * <p>Lifecycle: issued, then used once, or left to expire. Invariants: a token is used at most once and never after it
 * expired; once the password is reset, every other outstanding token of the account is spent as well.
 */
@Entity
@Table(name = "password_reset_tokens")
public class PasswordResetToken {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private byte[] tokenHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordResetToken() {
        // for JPA
    }

    private PasswordResetToken(UUID id, UserId user, byte[] tokenHash, Instant issuedAt, Instant expiresAt) {
        this.id = Objects.requireNonNull(id);
        this.userId = user.value();
        this.tokenHash = tokenHash.clone();
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public static PasswordResetToken issue(UUID id, UserId user, byte[] tokenHash, Instant now, Instant expiresAt) {
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a reset token must expire after it is issued");
        }
        return new PasswordResetToken(id, user, tokenHash, now, expiresAt);
    }

    /** Spends the token; 410 if it was already used or has expired. */
    public void use(Instant now) {
        if (usedAt != null) {
            throw new Gone("reset-token-used", "This password reset link was already used. Ask for a new one.");
        }
        if (!now.isBefore(expiresAt)) {
            throw new Gone("reset-token-expired", "This password reset link has expired. Ask for a new one.");
        }
        usedAt = now;
    }

    public UserId userId() {
        return new UserId(userId);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }
}
