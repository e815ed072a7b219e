package dev.staybook.identity.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Gone;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A one-time token mailed to an account's address (password reset, email verification): only the SHA-256 hash of the
 * secret is stored.
 *
 * <p>Lifecycle: issued, then used once, or left to expire. Invariants: it expires after it was issued; it is used at
 * most once and never after it expired (410 otherwise, with the problem type the kind of token names).
 */
@MappedSuperclass
public abstract class OneTimeToken {

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

    protected OneTimeToken() {
        // for JPA
    }

    protected OneTimeToken(UUID id, UserId user, byte[] tokenHash, Instant issuedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a one-time token must expire after it is issued");
        }
        this.id = Objects.requireNonNull(id);
        this.userId = user.value();
        this.tokenHash = tokenHash.clone();
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** The 410 for a token presented again. */
    protected abstract Gone alreadyUsed();

    /** The 410 for a token presented too late. */
    protected abstract Gone expired();

    /** Spends the token; 410 if it was already used or has expired. */
    public void use(Instant now) {
        if (usedAt != null) {
            throw alreadyUsed();
        }
        if (!now.isBefore(expiresAt)) {
            throw expired();
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
