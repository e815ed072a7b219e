package dev.staybook.it.identity;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.HeldAccount;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import dev.staybook.it.support.SystemTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Refresh tokens rotate on every use; a replayed one ends the whole session; logout ends it too, and signing out everywhere every session. */
@SystemTest
class SessionIT {

    private static JsonPath refresh(String refreshToken) {
        return Api.anonymous().body(Json.of("refreshToken", refreshToken)).post("/auth/refresh")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void signingOutEverywhereEndsEveryDevicesTokensAndTheNextSignInWorks() {
        TestUser phone = TestUser.register("Lost Phone Owner");
        TestUser laptop = TestUser.signIn(phone.id(), phone.email(), phone.password(), phone.name());

        Api.as(laptop.accessToken()).delete("/users/me/sessions").then().statusCode(204);

        for (TestUser device : new TestUser[] {phone, laptop}) {
            assertProblem(Api.as(device.accessToken()).get("/users/me"), 401, "invalid-token");
            assertProblem(Api.anonymous().body(Json.of("refreshToken", device.refreshToken())).post("/auth/refresh"), 401, "session-ended");
        }
        TestUser again = TestUser.signIn(phone.id(), phone.email(), phone.password(), phone.name());
        Api.as(again.accessToken()).get("/users/me").then().statusCode(200).body("id", equalTo(phone.id()));
        refresh(again.refreshToken());
        assertProblem(Api.anonymous().delete("/users/me/sessions"), 401, "authentication-required");
    }

    /**
     * They take turns (the account's lock), the sign-out first here: the refresh, having waited, finds its session
     * ended. Hibernate used to read the account before locking it and then check its version, which the sign-out had
     * changed meanwhile: 409 concurrent-update, a problem the refresh does not even document.
     */
    @Test
    void aRefreshThatWaitedForASignOutEverywhereFindsItsSessionEnded() throws Exception {
        TestUser user = TestUser.register("Signing Out Everywhere While Refreshing");
        CompletableFuture<Response> signOut;
        CompletableFuture<Response> refresh;
        try (HeldAccount account = HeldAccount.hold(user.id())) {
            signOut = CompletableFuture.supplyAsync(() -> Api.as(user.accessToken()).delete("/users/me/sessions"));
            account.awaitWaiting(1);
            refresh = CompletableFuture.supplyAsync(() -> refreshing(user.refreshToken()));
            account.awaitWaiting(2);
            account.release();
        }
        assertEquals(204, signOut.get(30, TimeUnit.SECONDS).statusCode(), "the sign-out everywhere");
        assertProblem(refresh.get(30, TimeUnit.SECONDS), 401, "session-ended");
        assertProblem(Api.as(user.accessToken()).get("/users/me"), 401, "invalid-token");
    }

    /** The refresh first: it gets new tokens, and the sign-out everywhere that waited for it ends them too. */
    @Test
    void aSignOutEverywhereThatWaitedForARefreshEndsTheRefreshedSession() throws Exception {
        TestUser user = TestUser.register("Refreshing While Signing Out Everywhere");
        CompletableFuture<Response> refresh;
        CompletableFuture<Response> signOut;
        try (HeldAccount account = HeldAccount.hold(user.id())) {
            refresh = CompletableFuture.supplyAsync(() -> refreshing(user.refreshToken()));
            account.awaitWaiting(1);
            signOut = CompletableFuture.supplyAsync(() -> Api.as(user.accessToken()).delete("/users/me/sessions"));
            account.awaitWaiting(2);
            account.release();
        }
        JsonPath refreshed = refresh.get(30, TimeUnit.SECONDS).then().statusCode(200).extract().jsonPath();
        assertEquals(204, signOut.get(30, TimeUnit.SECONDS).statusCode(), "the sign-out everywhere");
        assertProblem(refreshing(refreshed.getString("refreshToken")), 401, "session-ended");
        assertProblem(Api.as(refreshed.getString("accessToken")).get("/users/me"), 401, "invalid-token");
    }

    private static Response refreshing(String refreshToken) {
        return Api.anonymous().body(Json.of("refreshToken", refreshToken)).post("/auth/refresh");
    }

    @Test
    void refreshGivesANewAccessTokenAndANewRefreshToken() {
        TestUser user = TestUser.register("Rotating");
        JsonPath next = refresh(user.refreshToken());

        Api.as(next.getString("accessToken")).get("/users/me").then().statusCode(200).body("id", equalTo(user.id()));
        org.hamcrest.MatcherAssert.assertThat(next.getString("refreshToken"), not(equalTo(user.refreshToken())));
    }

    @Test
    void replayingAUsedRefreshTokenEndsTheWholeSession() {
        TestUser user = TestUser.register("Replayed");
        String second = refresh(user.refreshToken()).getString("refreshToken");

        assertProblem(Api.anonymous().body(Json.of("refreshToken", user.refreshToken())).post("/auth/refresh"),
                401, "refresh-token-reused");
        // the thief's replay also ended the legitimate successor
        assertProblem(Api.anonymous().body(Json.of("refreshToken", second)).post("/auth/refresh"),
                401, "session-ended");
    }

    @Test
    void otherSessionsOfTheUserSurviveAReplayInOneSession() {
        TestUser user = TestUser.register("Two Devices");
        TestUser otherDevice = TestUser.signIn(user.id(), user.email(), user.password(), user.name());
        refresh(user.refreshToken());
        Api.anonymous().body(Json.of("refreshToken", user.refreshToken())).post("/auth/refresh").then().statusCode(401);

        refresh(otherDevice.refreshToken());
    }

    @Test
    void logoutEndsTheSessionAndIsIdempotent() {
        TestUser user = TestUser.register("Leaving");
        Api.anonymous().body(Json.of("refreshToken", user.refreshToken())).post("/auth/logout").then().statusCode(204);
        Api.anonymous().body(Json.of("refreshToken", user.refreshToken())).post("/auth/logout").then().statusCode(204);

        assertProblem(Api.anonymous().body(Json.of("refreshToken", user.refreshToken())).post("/auth/refresh"),
                401, "session-ended");
    }

    @Test
    void rejectsUnknownAndMissingRefreshTokens() {
        assertProblem(Api.anonymous().body(Json.of("refreshToken", "made-up-token")).post("/auth/refresh"),
                401, "invalid-refresh-token");
        assertProblem(Api.anonymous().body("{}").post("/auth/refresh"), 400, "invalid-input");
        assertProblem(Api.anonymous().body("{}").post("/auth/logout"), 400, "invalid-input");
    }
}
