package dev.staybook.it.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Headers every answer carries, and tokens that no cache keeps (OWASP API8).
 */
@SystemTest
class SecurityHeadersIT {

    private static ValidatableResponse secured(ValidatableResponse response) {
        return response.header("Strict-Transport-Security", containsString("max-age="))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersErrorsIncluded() {
        secured(Api.anonymous().get("/listings?city=Paris").then().statusCode(200));
        secured(Api.anonymous().get("/no-such-thing").then().statusCode(404));
        secured(Api.server().get("/nothing-here").then().statusCode(404));
        secured(GraphQL.post(null, "{ __typename }", null).then().statusCode(200));
    }

    @Test
    void tokenAnswersAndSignedInAnswersAreNeverStored() {
        TestUser user = TestUser.register("No Store");
        var signedIn = Api.anonymous().body(Json.of("email", user.email(), "password", TestUser.PASSWORD)).post("/auth/login").then()
                .statusCode(200).header("Cache-Control", equalTo("no-store")).header("Pragma", equalTo("no-cache"));
        String refreshToken = signedIn.extract().path("refreshToken");
        Api.anonymous().body(Json.of("refreshToken", refreshToken)).post("/auth/refresh").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        secured(Api.as(user.accessToken()).get("/users/me").then().statusCode(200).header("Cache-Control", equalTo("no-store")));
        Api.anonymous().get("/listings?city=Paris").then().header("Cache-Control", nullValue());
    }
}
