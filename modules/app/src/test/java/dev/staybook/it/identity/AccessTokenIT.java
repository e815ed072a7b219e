package dev.staybook.it.identity;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.TestUser;
import dev.staybook.it.support.Tokens;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import dev.staybook.it.support.SystemTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only tokens the server issued, unexpired, for this audience and issuer, open a protected endpoint. */
@SystemTest
class AccessTokenIT {

    private static TestUser user;

    @BeforeAll
    static void registerUser() {
        user = TestUser.register("Token Holder");
    }

    private static JWTClaimsSet.Builder claims() {
        return Tokens.validClaims(user.id(), List.of("GUEST"));
    }

    /** A 15-minute token of the server's, otherwise valid, that expired this many seconds ago. */
    private static String expiredSecondsAgo(long seconds) {
        Instant expiry = Instant.now().minusSeconds(seconds);
        return Tokens.signedByServerKey(claims().issueTime(Date.from(expiry.minusSeconds(900))).expirationTime(Date.from(expiry)).build());
    }

    @Test
    void acceptsTheTokenFromSignIn() {
        Api.as(user.accessToken()).get("/users/me").then().statusCode(200).body("id", equalTo(user.id()));
    }

    @Test
    void acceptsAWellFormedTokenSignedWithTheServerKey() {
        // proves the forged tokens below fail for their one defect, not for the way they are made
        Api.as(Tokens.signedByServerKey(claims().build())).get("/users/me").then().statusCode(200);
    }

    @Test
    void rejectsARequestWithoutAToken() {
        assertProblem(Api.anonymous().get("/users/me"), 401, "authentication-required")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void rejectsGarbage() {
        assertProblem(Api.as("not.a.token").get("/users/me"), 401, "invalid-token")
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void rejectsAnUnsignedTokenWithAlgNone() {
        assertProblem(Api.as(Tokens.unsigned(claims().build())).get("/users/me"), 401, "invalid-token");
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() {
        assertProblem(Api.as(Tokens.signedByAnotherKey(claims().build())).get("/users/me"), 401, "invalid-token");
    }

    @Test
    void rejectsAnExpiredToken() {
        String expired = expiredSecondsAgo(3600);
        assertProblem(Api.as(expired).get("/users/me"), 401, "invalid-token");
    }

    @Test
    void aTokenExpiredAMinuteAgoIsRefusedToo() {
        // Liberty's default clock skew allowance (5 minutes) let a 15-minute token work for 20
        String expired = expiredSecondsAgo(60);
        assertProblem(Api.as(expired).get("/users/me"), 401, "invalid-token");
    }

    @Test
    void aTokenThatWasSentMustBeValidEvenWhereNoneIsNeededButToSignIn() {
        String expired = expiredSecondsAgo(60);

        assertProblem(Api.as(expired).get("/amenities"), 401, "invalid-token");
        Api.anonymous().get("/amenities").then().statusCode(200);
        // clients often keep the expired token attached when they refresh or sign in
        TestUser refreshing = TestUser.register("Attached Token");
        Api.as(expired).body(Json.of("refreshToken", refreshing.refreshToken())).post("/auth/refresh")
                .then().statusCode(200);
        GraphQL.request(null).auth().oauth2(expired).body("{\"query\":\"{ listings(city: \\\"Nowhere\\\") { items { id } } }\"}").post("/graphql").then()
                .statusCode(401).body("errors[0].extensions.code", equalTo("invalid-token")).body("data", nullValue());
    }

    @Test
    void rejectsATokenFromAnotherIssuer() {
        assertProblem(Api.as(Tokens.signedByServerKey(claims().issuer("https://evil.example").build())).get("/users/me"),
                401, "invalid-token");
    }

    @Test
    void rejectsATokenForAnotherAudience() {
        assertProblem(Api.as(Tokens.signedByServerKey(claims().audience("another-api").build())).get("/users/me"),
                401, "invalid-token");
    }

    @Test
    void aTamperedRoleBreaksTheSignature() {
        String[] parts = user.accessToken().split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"GUEST\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        assertProblem(Api.as(tampered).get("/admin/users"), 401, "invalid-token");
    }
}
