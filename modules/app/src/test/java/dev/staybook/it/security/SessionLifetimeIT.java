package dev.staybook.it.security;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A stolen refresh token is not a key forever (OWASP API2): a session ends 90 days after its sign-in however often
 * it is refreshed, and a suspended account's sessions end at once.
 */
@SystemTest
class SessionLifetimeIT {

    private static Response refresh(String refreshToken) {
        return Api.anonymous().body(Json.of("refreshToken", refreshToken)).post("/auth/refresh");
    }

    /** As if the user had signed in {@code days} ago and refreshed ever since, with the password set a day before. */
    private static void sessionStarted(TestUser user, int days) {
        ListingFixtures.update("UPDATE identity.refresh_tokens SET session_started_at = now() - make_interval(days => ?),"
                + " issued_at = now() - make_interval(days => ?) WHERE user_id = ?::uuid", days, days, user.id());
        ListingFixtures.update("UPDATE identity.users SET password_changed_at = now() - make_interval(days => ?),"
                + " sessions_ended_at = now() - make_interval(days => ?) WHERE id = ?::uuid", days + 1, days + 1, user.id());
    }

    @Test
    void aSessionEndsNinetyDaysAfterItsSignInHoweverOftenItIsRefreshed() {
        TestUser user = TestUser.register("Endless Refresher");
        sessionStarted(user, 80);
        Response refreshed = refresh(user.refreshToken()).then().statusCode(200).extract().response();
        Instant expires = Instant.parse(refreshed.path("refreshTokenExpiresAt"));
        assertTrue(expires.isBefore(Instant.now().plus(Duration.ofDays(11))), "the new token ends with the session: " + expires);

        sessionStarted(user, 91);
        assertProblem(refresh(refreshed.path("refreshToken")), 401, "refresh-token-expired");
    }

    @Test
    void suspendingAnAccountEndsItsSessionsAndAccessTokensAtOnce() {
        TestUser user = TestUser.register("Soon Suspended");
        TestUser otherDevice = TestUser.signIn(user.id(), user.email(), user.password(), user.name());
        TestUser admin = TestUser.administrator();
        Api.as(user.accessToken()).get("/users/me").then().statusCode(200);

        Api.as(admin.accessToken()).body(Json.of("reason", "abuse")).post("/admin/users/" + user.id() + "/suspend").then().statusCode(200);

        assertProblem(refresh(user.refreshToken()), 401, "session-ended");
        assertProblem(Api.as(user.accessToken()).get("/users/me"), 401, "invalid-token");
        assertProblem(Api.as(otherDevice.accessToken()).get("/bookings"), 401, "invalid-token");
        Api.anonymous().body(Json.of("email", user.email(), "password", TestUser.PASSWORD)).post("/auth/login").then().statusCode(403);
    }
}
