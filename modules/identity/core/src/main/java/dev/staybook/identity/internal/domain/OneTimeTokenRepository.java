package dev.staybook.identity.internal.domain;

import dev.staybook.identity.api.UserId;
import java.time.Instant;
import java.util.Optional;

/** One-time tokens of one kind, by hash. */
public interface OneTimeTokenRepository<T extends OneTimeToken> {

    void add(T token);

    /** The account a token belongs to, without loading or locking the token: to lock the account before it. */
    Optional<UserId> ownerOf(byte[] tokenHash);

    /** Finds the token and locks it, so two concurrent uses of one token cannot both succeed. */
    Optional<T> findByHashForUpdate(byte[] tokenHash);

    /** Spends every outstanding token of the user: once one has done its work, older mails are useless. */
    int useAllOf(UserId user, Instant now);
}
