package dev.staybook.identity.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

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
    AccessTokenIssuer tokens;

    private final AtomicBoolean reported = new AtomicBoolean();

    /** Whether the bearer token of this Authorization header, which found no verified caller, should have found one. */
    public boolean explains(String authorization) {
        if (!tokens.isOwnValid(authorization.substring(BEARER_PREFIX).strip())) {
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
}
