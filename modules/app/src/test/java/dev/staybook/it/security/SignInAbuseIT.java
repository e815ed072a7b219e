package dev.staybook.it.security;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Password guessing (OWASP API2): a burst of concurrent guesses gets no more tries than slow ones, a guesser locks
 * out only themselves, guessing spread over many addresses leaves the owner's own addresses in, password change is
 * throttled like sign-in, and a forged X-Forwarded-For does not make a new client.
 */
@SystemTest
class SignInAbuseIT {

    private static Response signIn(String address, String email, String password) {
        return Api.from(address).body(Json.of("email", email, "password", password)).post("/auth/login");
    }

    @Test
    void concurrentGuessesGetNoMoreTriesThanTheLimit() throws Exception {
        TestUser user = TestUser.register("Raced Account");
        String address = Api.randomClientAddress();
        int guesses = 12;
        CyclicBarrier together = new CyclicBarrier(guesses);
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            List<CompletableFuture<Integer>> answers = IntStream.range(0, guesses).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                await(together);
                return signIn(address, user.email(), "concurrent guess " + i).statusCode();
            }, pool)).toList();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
            assertEquals(5, statuses.stream().filter(s -> s == 401).count(), "five guesses were checked: " + statuses);
            assertEquals(guesses - 5, statuses.stream().filter(s -> s == 429).count(), "the rest were refused: " + statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void guessesFromEverywhereLeaveTheOwnersOwnAddressIn() {
        TestUser owner = TestUser.register("Popular Target");
        String home = Api.randomClientAddress();
        signIn(home, owner.email(), TestUser.PASSWORD).then().statusCode(200);

        // 50 attempts per 15 minutes from addresses that had not signed in to the account (its first sign-ins were two)
        String guesser = null;
        int guesses = 0;
        Response answer;
        do {
            guesser = guesses % 5 == 0 ? Api.randomClientAddress() : guesser; // 5 failures per address are all one gets
            answer = signIn(guesser, owner.email(), "spread guess " + guesses++);
        } while (answer.statusCode() == 401 && guesses <= 50);
        assertProblem(answer, 429, "too-many-sign-in-attempts");
        assertTrue(guesses <= 50 && guesses > 40, "refused after " + guesses + " guesses");
        assertProblem(signIn(Api.randomClientAddress(), owner.email(), TestUser.PASSWORD), 429, "too-many-sign-in-attempts");

        signIn(home, owner.email(), TestUser.PASSWORD).then().statusCode(200);
    }

    @Test
    void passwordChangeIsThrottledLikeSignIn() {
        TestUser user = TestUser.register("Token Thief Target");
        String thief = Api.randomClientAddress();
        for (int guess = 0; guess < 5; guess++) {
            assertProblem(Api.from(thief).auth().oauth2(user.accessToken())
                    .body(Json.of("currentPassword", "guessed current " + guess, "newPassword", "the thief's new password"))
                    .put("/users/me/password"), 403, "wrong-current-password");
        }
        assertProblem(Api.from(thief).auth().oauth2(user.accessToken())
                .body(Json.of("currentPassword", TestUser.PASSWORD, "newPassword", "the thief's new password"))
                .put("/users/me/password"), 429, "too-many-sign-in-attempts");

        TestUser.signIn(user.id(), user.email(), TestUser.PASSWORD, user.name());
    }

    @Test
    void aForgedForwardedForCountsAsTheAddressTheProxySaw() {
        String client = Api.randomClientAddress();
        for (int attempt = 0; attempt < 20; attempt++) {
            // the left part is what the client claims; only loopback is a trusted proxy, so the client is the last address
            String forged = "203.0.113." + (attempt + 1) + ", " + client;
            assertProblem(signIn(forged, "forged-" + attempt + "@it.staybook.test", "some long password"), 401, "invalid-credentials");
        }
        assertProblem(signIn("198.51.100.7, " + client, "forged-last@it.staybook.test", "some long password"), 429,
                "too-many-sign-in-attempts");
        assertTrue(signIn(Api.randomClientAddress(), "forged-other@it.staybook.test", "some long password").statusCode() == 401,
                "another client is not limited");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
