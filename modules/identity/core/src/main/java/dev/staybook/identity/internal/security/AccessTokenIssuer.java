package dev.staybook.identity.internal.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues short-lived RS256 access tokens in the MicroProfile JWT shape: iss, aud, sub and upn (the
 * user id), groups (the roles), iat, exp and a unique jti. MicroProfile JWT verifies them with the
 * same issuer and audience settings. {@link #SESSIONS_ENDED_AT} names the last end of the account's sessions
 * before the token, so that the next end (a password change, a suspension) ends it at once ({@link RecentlyEndedSessions}).
 */
@ApplicationScoped
public class AccessTokenIssuer {

    /** When the account's sessions last ended before the token was issued, in milliseconds since the epoch. */
    public static final String SESSIONS_ENDED_AT = "sessions_ended_at";

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;
    @Inject
    @ConfigProperty(name = "staybook.jwt.access-token-lifetime", defaultValue = "PT15M")
    Duration lifetime;
    @Inject
    Clock clock;

    public AccessToken issue(UserId user, Set<Role> roles, Instant sessionsEndedAt) {
        SigningKey key = SigningKeys.current();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(user.toString())
                .claim("upn", user.toString())
                .claim("groups", roles.stream().map(Role::name).sorted().toList())
                .claim(SESSIONS_ENDED_AT, sessionsEndedAt.toEpochMilli())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.keyId()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new AccessToken(jwt.serialize(), lifetime);
    }

    /**
     * Whether the token is one this issuer signed and still valid: its own key, issuer and audience, issued no later than
     * now, not expired. Stricter than MicroProfile JWT, which allows minutes of clock skew (TokenVerifierOutage relies
     * on it: no refusal of the verifier's is taken for its outage).
     */
    public boolean isOwnValid(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!jwt.verify(new RSASSAVerifier(SigningKeys.current().publicKey()))) {
                return false;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            Date issuedAt = claims.getIssueTime();
            Date expiresAt = claims.getExpirationTime();
            return issuer.equals(claims.getIssuer()) && claims.getAudience().contains(audience)
                    && issuedAt != null && !issuedAt.toInstant().isAfter(now)
                    && expiresAt != null && expiresAt.toInstant().isAfter(now);
        } catch (ParseException | JOSEException | IllegalStateException notOurs) {
            return false;
        }
    }

    /** A signed token and how long it is valid. */
    public record AccessToken(String value, Duration lifetime) {
    }
}
