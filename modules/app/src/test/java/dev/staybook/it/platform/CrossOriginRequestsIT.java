package dev.staybook.it.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import org.junit.jupiter.api.Test;

/** A browser app on another origin: the test server allows https://app.staybook.test (STAYBOOK_CORS_ALLOWED_ORIGINS). */
@SystemTest
class CrossOriginRequestsIT {

    private static final String APP = "https://app.staybook.test";

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithWhatItMaySend() {
        Api.anonymous().header("Origin", APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .options("/bookings").then().statusCode(204)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void answersToAnAllowedOriginNameItAndExposeTheHeadersClientsRead() {
        TestUser user = TestUser.register("Browser User");
        Api.as(user.accessToken()).header("Origin", APP).get("/users/me").then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void anotherOriginGetsNoPermission() {
        Api.anonymous().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/bookings").then().header("Access-Control-Allow-Origin", nullValue());
        Api.anonymous().header("Origin", "https://evil.example").get("/amenities").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        Api.anonymous().get("/amenities").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue())
                .header("Content-Type", containsString("json"));
    }

    @Test
    void graphQLIsOpenToTheAllowedOriginToo() {
        Api.server().header("Origin", APP).header("Access-Control-Request-Method", "POST").options("/graphql")
                .then().statusCode(204).header("Access-Control-Allow-Origin", equalTo(APP));
    }
}
