package dev.staybook.identity.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserId;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A token the server signed that reached the application without a caller is the server's outage, nothing else is. */
class TokenVerifierOutageTest {

    private static final Instant NOW = Instant.parse("2026-12-06T21:00:00Z");
    private static final String ISSUER = "https://staybook.dev";
    private static final String AUDIENCE = "staybook-api";

    private final AccessTokenIssuer issuer = new AccessTokenIssuer();
    private final TokenVerifierOutage outage = new TokenVerifierOutage();

    TokenVerifierOutageTest() {
        issuer.issuer = ISSUER;
        issuer.audience = AUDIENCE;
        issuer.lifetime = Duration.ofMinutes(15);
        issuer.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        outage.tokens = issuer;
    }

    @Test
    void aValidTokenOfThisServerMeansTheCheckIsNotRunning() {
        assertTrue(outage.explains("Bearer " + ownToken()));
    }

    @Test
    void anExpiredTokenIsTheClientsToRefresh() {
        String token = ownToken();
        checkedAt(NOW.plus(Duration.ofMinutes(16)));

        assertFalse(outage.explains("Bearer " + token));
    }

    @Test
    void aTokenIssuedAfterThisServersNowIsLeftToTheVerifiersClockSkew() {
        String token = ownToken();
        checkedAt(NOW.minusSeconds(1));

        assertFalse(outage.explains("Bearer " + token));
    }

    @Test
    void aTokenForAnotherAudienceOrIssuerIsNotOurs() {
        String token = ownToken();
        issuer.audience = "someone-else";
        assertFalse(outage.explains("Bearer " + token));
        issuer.audience = AUDIENCE;
        issuer.issuer = "https://elsewhere.example";
        assertFalse(outage.explains("Bearer " + token));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsNotOurs() throws Exception {
        assertFalse(outage.explains("Bearer " + signedByAStranger()));
    }

    @Test
    void whatIsNotATokenIsNotOurs() {
        assertFalse(outage.explains("Bearer garbage"));
        assertFalse(outage.explains("Bearer "));
        assertFalse(outage.explains("Bearer a.b.c"));
    }

    /** A token issued at NOW; checks then run a minute later unless a test moves the clock. */
    private String ownToken() {
        issuer.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        String token = issuer.issue(new UserId(UUID.randomUUID()), Set.of(Role.GUEST), NOW.minusSeconds(3600)).value();
        checkedAt(NOW.plusSeconds(60));
        return token;
    }

    private void checkedAt(Instant moment) {
        issuer.clock = Clock.fixed(moment, ZoneOffset.UTC);
    }

    private static String signedByAStranger() throws NoSuchAlgorithmException, JOSEException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(UUID.randomUUID().toString())
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(900))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
        return jwt.serialize();
    }
}
