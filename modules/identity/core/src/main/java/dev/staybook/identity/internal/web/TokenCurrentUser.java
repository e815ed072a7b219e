package dev.staybook.identity.internal.web;

import dev.staybook.identity.api.BearerTokens;
import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserId;
import dev.staybook.identity.internal.application.EmailVerifications;
import dev.staybook.identity.internal.security.AccessTokenIssuer;
import dev.staybook.identity.internal.security.RecentlyEndedSessions;
import dev.staybook.identity.internal.security.TokenVerifierOutage;
import dev.staybook.kernel.error.DomainException;
import dev.staybook.kernel.error.ServiceUnavailable;
import dev.staybook.kernel.error.Unauthenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller as MicroProfile JWT verified them: subject is the user id, groups are the roles. A token issued before
 * the account's password changed (or the account was deleted) is treated as invalid.
 *
 * <p>One instance serves every request: a signed-in caller is worked out once per request and kept as an attribute of
 * that request. As a request-scoped bean it was created and destroyed for every request, signed in or not, which JFR
 * put at 6 % of an anonymous cached listing read (modules/benchmarks/results/hot-paths.md). Each call on the injected
 * request goes through Weld's lookup of the request's bean, so an anonymous caller costs one call, not the memo's three
 * (JFR: 6.5 % of that read instead of 7.7 %).
 */
@ApplicationScoped
public class TokenCurrentUser implements CurrentUser {

    private static final String CALLER_ATTRIBUTE = TokenCurrentUser.class.getName() + ".caller";
    /** An outage of the token check needs an operator: clients should not come back every second. */
    private static final Duration OUTAGE_RETRY = Duration.ofSeconds(60);

    @Inject
    HttpServletRequest request;
    @Inject
    RecentlyEndedSessions endedSessions;
    @Inject
    EmailVerifications verifications;
    @Inject
    TokenVerifierOutage verifierOutage;

    @Override
    public Optional<Caller> caller() {
        if (!(request.getUserPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Optional<Caller> caller = (Optional<Caller>) request.getAttribute(CALLER_ATTRIBUTE);
        if (caller == null) {
            caller = toCaller(token).filter(known -> !endedSessions.refuses(known.id(), sessionsEndedAt(token)));
            request.setAttribute(CALLER_ATTRIBUTE, caller);
        }
        return caller;
    }

    @Override
    public Caller require() {
        return caller().orElseThrow(this::refusal);
    }

    private DomainException refusal() {
        String authorization = request.getHeader("Authorization");
        if (!BearerTokens.sent(authorization)) {
            return new Unauthenticated("authentication-required", "Sign in and send the access token as 'Authorization: Bearer <token>'.");
        }
        // a token MicroProfile JWT verified and this class refused (its sessions ended) is the client's to replace
        if (!(request.getUserPrincipal() instanceof JsonWebToken) && verifierOutage.explains(authorization)) {
            return new ServiceUnavailable("token-verification-unavailable", "The server cannot check access tokens at the "
                    + "moment, through no fault of the client's: keep the token and try again later.", OUTAGE_RETRY);
        }
        return new Unauthenticated("invalid-token", "The access token is invalid or expired: refresh it or sign in again.");
    }

    @Override
    public Caller requireVerified() {
        Caller known = require();
        // read from the account, not the access token: a verification takes effect at once, without a refresh
        verifications.requireMayAct(known.id());
        return known;
    }


    /** The end of the account's sessions the token was issued after; null if it does not say. */
    private static Instant sessionsEndedAt(JsonWebToken token) {
        Object millis = token.getClaim(AccessTokenIssuer.SESSIONS_ENDED_AT);
        if (millis instanceof JsonNumber number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        return millis instanceof Number number ? Instant.ofEpochMilli(number.longValue()) : null;
    }

    private static Optional<Caller> toCaller(JsonWebToken token) {
        try {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String group : token.getGroups()) {
                roles.add(Role.valueOf(group));
            }
            return Optional.of(new Caller(UserId.parse(token.getSubject()), roles));
        } catch (IllegalArgumentException | NullPointerException foreignToken) {
            return Optional.empty();
        }
    }
}
