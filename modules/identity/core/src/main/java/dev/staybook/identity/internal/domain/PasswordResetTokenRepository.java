package dev.staybook.identity.internal.domain;

/** Password reset tokens by hash; any password change spends them all. */
public interface PasswordResetTokenRepository extends OneTimeTokenRepository<PasswordResetToken> {
}
