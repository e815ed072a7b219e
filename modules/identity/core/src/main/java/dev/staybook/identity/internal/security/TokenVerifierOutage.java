package dev.staybook.identity.internal.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells a token the server refused from one it never checked. Liberty's MicroProfile JWT verifies tokens only while the
 * server's default SSL configuration exists: without its default keystore (no {@code keystore_password}, or a
 * {@code key.p12} that password does not open) it lets every request in unauthenticated, and each signed-in call would
 * answer 401 invalid-token, sending clients to sign in again for nothing while the server says it is ready. A token that
 * reaches the application without a verified caller, yet that this server signed and that is still valid, means that
 * outage: the server's fault, not the client's. The first one is logged with the remedy.
 */
@ApplicationScoped
public class TokenVerifierOutage {

    private static final Logger LOG = Logger.getLogger(TokenVerifierOutage.class.getName());
    private static final int BEARER_PREFIX = "Bearer ".length();

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;
    @Inject
    Clock clock;

    private final AtomicBoolean reported = new AtomicBoolean();

    /** Whether the bearer token of this Authorization header, which found no verified caller, should have found one. */
    public boolean explains(String authorization) {
        if (!isOwnValidToken(authorization.substring(BEARER_PREFIX).strip())) {
            return false;
        }
        if (reported.compareAndSet(false, true)) {
            LOG.severe("Access tokens are not being verified: a valid token this server signed reached the application "
                    + "without a caller, so every signed-in request is answered 503. Liberty's MicroProfile JWT needs the "
                    + "default keystore: set keystore_password (server.env or the environment) and look for CWPKI0819I or "
                    + "CWPKI0033E in messages.log; a key.p12 created with another password must be removed or given it.");
        }
        return true;
    }

    private boolean isOwnValidToken(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!jwt.verify(new RSASSAVerifier(SigningKeys.current().publicKey()))) {
                return false;
            }
            // stricter than MicroProfile JWT, which allows minutes of clock skew: no refusal of its is taken for an outage
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
}
