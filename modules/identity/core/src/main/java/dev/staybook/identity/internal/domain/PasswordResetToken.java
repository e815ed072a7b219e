package dev.staybook.identity.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Gone;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A one-time permission to choose a new password for an account, mailed to its address (see {@link OneTimeToken}).
 * Once the password is reset, every other outstanding token of the account is spent as well.
 */
@Entity
@Table(name = "password_reset_tokens")
public class PasswordResetToken extends OneTimeToken {

    protected PasswordResetToken() {
        // for JPA
    }

    private PasswordResetToken(UUID id, UserId user, byte[] tokenHash, Instant issuedAt, Instant expiresAt) {
        super(id, user, tokenHash, issuedAt, expiresAt);
    }

    public static PasswordResetToken issue(UUID id, UserId user, byte[] tokenHash, Instant now, Instant expiresAt) {
        return new PasswordResetToken(id, user, tokenHash, now, expiresAt);
    }

    @Override
    protected Gone alreadyUsed() {
        return new Gone("reset-token-used", "This password reset link was already used. Ask for a new one.");
    }

    @Override
    protected Gone expired() {
        return new Gone("reset-token-expired", "This password reset link has expired. Ask for a new one.");
    }
}
