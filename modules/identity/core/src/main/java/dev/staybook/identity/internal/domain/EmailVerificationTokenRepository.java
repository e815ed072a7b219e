package dev.staybook.identity.internal.domain;

/** Email verification tokens by hash; verifying spends them all. */
public interface EmailVerificationTokenRepository extends OneTimeTokenRepository<EmailVerificationToken> {
}
