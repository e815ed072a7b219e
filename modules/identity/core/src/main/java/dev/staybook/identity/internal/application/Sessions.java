package dev.staybook.identity.internal.application;

import dev.staybook.identity.internal.domain.RefreshToken;
import dev.staybook.identity.internal.domain.RefreshTokenRepository;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.domain.UserRepository;
import dev.staybook.identity.internal.security.AccessTokenIssuer;
import dev.staybook.identity.internal.security.RecentlyEndedSessions;
import dev.staybook.identity.internal.security.TokenSecrets;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.Unauthenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in sessions as refresh token families: start one, rotate its token, end it, or end all of an account's. A refresh with a
 * token that was already used revokes the whole family, because only a thief or a replay presents a
 * spent token; that revocation is committed even though the request fails. A session ends for good
 * {@code session-max-lifetime} after its sign-in, however often it was refreshed; each refresh token expires by then.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Unauthenticated.class)
public class Sessions {

    @Inject
    UserRepository users;
    @Inject
    RefreshTokenRepository refreshTokens;
    @Inject
    TokenSecrets secrets;
    @Inject
    AccessTokenIssuer accessTokens;
    @Inject
    Clock clock;
    @Inject
    Event<RecentlyEndedSessions.Ended> endedSessions;
    @Inject
    @ConfigProperty(name = "staybook.jwt.refresh-token-lifetime", defaultValue = "P30D")
    Duration refreshLifetime;
    @Inject
    @ConfigProperty(name = "staybook.jwt.session-max-lifetime", defaultValue = "P90D")
    Duration sessionMaxLifetime;

    public SignedIn start(User user) {
        Instant now = clock.instant();
        String secret = secrets.newSecret();
        RefreshToken token = RefreshToken.startFamily(UuidV7.generate(now), user.id(), secrets.hash(secret), now, expiry(now, now));
        refreshTokens.add(token);
        return signedIn(user, secret, expiry(now, now));
    }

    /**
     * The account is locked (shared) and read before the token is locked, in the order a password change or reset, a
     * sign-out everywhere, a suspension or a deletion takes them (account, then its tokens): either that change
     * commits first and this refresh, having waited, reads it and finds the session ended (401), or this refresh
     * commits first and the change then ends the session it continued. Without the lock, a refresh inserting the next
     * token while the change revoked the others kept a stolen session alive.
     */
    public SignedIn rotate(String presentedSecret) {
        byte[] hash = secrets.hash(presentedSecret);
        Optional<User> user = refreshTokens.ownerOf(hash).flatMap(users::findForShare);
        RefreshToken presented = refreshTokens.findByHashForUpdate(hash)
                .orElseThrow(() -> new Unauthenticated("invalid-refresh-token", "The refresh token is not valid."));
        Instant now = clock.instant();
        if (presented.isUsed()) {
            refreshTokens.revokeFamily(presented.familyId(), now);
            throw new Unauthenticated("refresh-token-reused",
                    "This refresh token was already used. The session was ended for safety: sign in again.");
        }
        if (presented.isRevoked()) {
            throw new Unauthenticated("session-ended", "This session has ended: sign in again.");
        }
        if (presented.isExpired(now)) {
            throw new Unauthenticated("refresh-token-expired", "The session expired: sign in again.");
        }
        if (!now.isBefore(presented.sessionStartedAt().plus(sessionMaxLifetime))) {
            refreshTokens.revokeFamily(presented.familyId(), now);
            throw new Unauthenticated("refresh-token-expired", "The session expired: sign in again.");
        }
        if (user.isEmpty() || !user.get().canSignIn()) {
            refreshTokens.revokeFamily(presented.familyId(), now);
            throw new Unauthenticated("account-unavailable", "The account cannot sign in.");
        }
        if (presented.sessionStartedAt().isBefore(user.get().sessionsEndedAt())) {
            refreshTokens.revokeFamily(presented.familyId(), now);
            throw new Unauthenticated("session-ended", "This session has ended: sign in again.");
        }
        String secret = secrets.newSecret();
        Instant expiresAt = expiry(presented.sessionStartedAt(), now);
        refreshTokens.add(presented.rotate(UuidV7.generate(now), secrets.hash(secret), now, expiresAt));
        return signedIn(user.get(), secret, expiresAt);
    }

    /**
     * Ends every session of an account whose sessions just ended ({@link User#sessionsEndedAt()}: its password changed
     * or was reset, its owner signed out everywhere, it was suspended or deleted): its refresh tokens in this
     * transaction, its access tokens on every instance once the transaction commits. The caller changed the account
     * under its lock ({@code UserRepository.findForUpdate}), so a refresh waits for this and then finds the session
     * ended.
     */
    public void endAll(User user) {
        refreshTokens.revokeAllOf(user.id(), user.sessionsEndedAt());
        endedSessions.fire(new RecentlyEndedSessions.Ended(user.id(), user.sessionsEndedAt()));
    }

    /** Ends the session the token belongs to; unknown tokens are ignored, so logging out twice is harmless. */
    public void end(String presentedSecret) {
        refreshTokens.findByHashForUpdate(secrets.hash(presentedSecret))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
    }

    /** A refresh token lives its own lifetime, but never past the end of its session. */
    private Instant expiry(Instant sessionStartedAt, Instant now) {
        Instant sessionEnd = sessionStartedAt.plus(sessionMaxLifetime);
        Instant tokenEnd = now.plus(refreshLifetime);
        return tokenEnd.isBefore(sessionEnd) ? tokenEnd : sessionEnd;
    }

    private SignedIn signedIn(User user, String refreshSecret, Instant refreshExpiresAt) {
        var access = accessTokens.issue(user.id(), user.roles(), user.sessionsEndedAt());
        return new SignedIn(access.value(), access.lifetime(), refreshSecret, refreshExpiresAt);
    }
}
