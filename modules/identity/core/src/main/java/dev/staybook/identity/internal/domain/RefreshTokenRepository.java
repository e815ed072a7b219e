package dev.staybook.identity.internal.domain;

import dev.staybook.identity.api.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens by hash, with bulk revocation per session family or per user. */
public interface RefreshTokenRepository {

    /** The account a token belongs to, without loading or locking the token. */
    Optional<UserId> ownerOf(byte[] tokenHash);

    /** Finds the token and locks it, so two concurrent refreshes with one token cannot both succeed. */
    Optional<RefreshToken> findByHashForUpdate(byte[] tokenHash);

    void add(RefreshToken token);

    int revokeFamily(UUID familyId, Instant now);

    /**
     * Ends every session of the user. The caller holds the account's lock (UserRepository.findForUpdate), taken before
     * any of its tokens, as a refresh takes them.
     */
    int revokeAllOf(UserId user, Instant now);

    /** The user's sessions still on record (the nightly maintenance purges old ones), newest first. */
    List<SessionSummary> sessionsOf(UserId user);
}
