package dev.staybook.identity.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Gone;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Proof that whoever reads an account's mailbox is its owner, mailed on registration and on request (see
 * {@link OneTimeToken}). Once the address is verified, every other outstanding token of the account is spent as well.
 */
@Entity
@Table(name = "email_verification_tokens")
public class EmailVerificationToken extends OneTimeToken {

    protected EmailVerificationToken() {
        // for JPA
    }

    private EmailVerificationToken(UUID id, UserId user, byte[] tokenHash, Instant issuedAt, Instant expiresAt) {
        super(id, user, tokenHash, issuedAt, expiresAt);
    }

    public static EmailVerificationToken issue(UUID id, UserId user, byte[] tokenHash, Instant now, Instant expiresAt) {
        return new EmailVerificationToken(id, user, tokenHash, now, expiresAt);
    }

    @Override
    protected Gone alreadyUsed() {
        return new Gone("verification-token-used", "This email verification link was already used. Ask for a new one if the "
                + "address is not verified yet.");
    }

    @Override
    protected Gone expired() {
        return new Gone("verification-token-expired", "This email verification link has expired. Ask for a new one.");
    }
}
