package dev.staybook.identity.internal.domain;

import dev.staybook.identity.api.UserId;
import java.time.Instant;
import java.util.Optional;

/** Password reset tokens by hash. */
public interface PasswordResetTokenRepository {

    void add(PasswordResetToken token);

    /** Finds the token and locks it, so two concurrent resets with one token cannot both succeed. */
    Optional<PasswordResetToken> findByHashForUpdate(byte[] tokenHash);

    /** Spends every outstanding token of the user: a reset (or any password change) makes older mails useless. */
    int useAllOf(UserId user, Instant now);
}
