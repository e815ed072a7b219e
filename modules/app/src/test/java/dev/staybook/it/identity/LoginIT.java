package dev.staybook.it.identity;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.util.UUID;
import dev.staybook.it.support.SystemTest;
import org.junit.jupiter.api.Test;

@SystemTest
class LoginIT {

    @Test
    void answersWithAnAccessTokenAndARefreshToken() {
        TestUser user = TestUser.register("Login Happy");
        Api.anonymous().body(Json.of("email", user.email().toUpperCase(), "password", TestUser.PASSWORD))
                .post("/auth/login")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("accessToken", notNullValue())
                .body("refreshToken", notNullValue())
                .body("expiresIn", equalTo(900))
                .body("refreshTokenExpiresAt", notNullValue());
    }

    @Test
    void answersAWrongPasswordAndAnUnknownEmailTheSameWay() {
        TestUser user = TestUser.register("Login Same Answer");
        Response wrongPassword = Api.anonymous().body(Json.of("email", user.email(), "password", "not the password at all"))
                .post("/auth/login");
        Response unknownEmail = Api.anonymous().body(Json.of("email", "nobody-" + UUID.randomUUID() + "@it.staybook.test",
                "password", "not the password at all")).post("/auth/login");

        assertProblem(wrongPassword, 401, "invalid-credentials");
        assertProblem(unknownEmail, 401, "invalid-credentials");
        assertEquals(wrongPassword.jsonPath().getString("detail"), unknownEmail.jsonPath().getString("detail"));
    }

    @Test
    void requiresEmailAndPassword() {
        assertProblem(Api.anonymous().body("{}").post("/auth/login"), 400, "invalid-input");
    }

    @Test
    void locksTheGuessingAddressOutOfTheAccountAfterFiveFailuresButNotTheOwner() {
        TestUser user = TestUser.register("Login Locked");
        String guesser = Api.randomClientAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(Api.from(guesser).body(Json.of("email", user.email(), "password", "guess number " + attempt))
                    .post("/auth/login"), 401, "invalid-credentials");
        }
        // even the right password: the guesser cannot tell it from a wrong one for a while
        assertProblem(Api.from(guesser).body(Json.of("email", user.email(), "password", TestUser.PASSWORD))
                .post("/auth/login"), 429, "too-many-sign-in-attempts")
                .header("Retry-After", Integer::parseInt, greaterThan(0));

        Api.anonymous().body(Json.of("email", user.email(), "password", TestUser.PASSWORD)).post("/auth/login")
                .then().statusCode(200);
    }

    @Test
    void limitsAttemptsPerClientAddressAcrossAccounts() {
        String address = Api.randomClientAddress();
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertProblem(Api.from(address).body(Json.of("email", "spray-" + attempt + "-" + UUID.randomUUID() + "@it.staybook.test",
                    "password", "a sprayed password")).post("/auth/login"), 401, "invalid-credentials");
        }
        assertProblem(Api.from(address).body(Json.of("email", "spray-last@it.staybook.test", "password", "a sprayed password"))
                .post("/auth/login"), 429, "too-many-sign-in-attempts")
                .header("Retry-After", Integer::parseInt, greaterThan(0));
    }
}
