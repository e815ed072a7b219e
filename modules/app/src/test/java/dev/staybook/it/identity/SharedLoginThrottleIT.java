package dev.staybook.it.identity;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.SharedRedis;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle counts in Redis, so that several instances limit together: the counters are there with
 * a TTL of their window, and failures another instance recorded there stop this one's sign-ins too.
 */
@SystemTest
class SharedLoginThrottleIT {

    private static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);

    @Test
    void failuresAreCountedInRedisUntilTheirWindowEnds() {
        TestUser user = TestUser.register("Throttle Shared");
        String address = Api.randomClientAddress();

        assertProblem(Api.from(address).body(Json.of("email", user.email(), "password", "a wrong guess here"))
                .post("/auth/login"), 401, "invalid-credentials");

        String failures = failuresKey(user.email(), address);
        assertEquals(1, SharedRedis.client().zcard(failures));
        long failuresTtl = SharedRedis.client().pttl(failures);
        assertTrue(failuresTtl > 0 && failuresTtl <= ACCOUNT_WINDOW.toMillis(), "failures counter ttl " + failuresTtl);
        String addressKey = SharedRedis.key("rate:login-address-attempts:" + address);
        assertEquals(1, SharedRedis.client().zcard(addressKey));
        long addressTtl = SharedRedis.client().pttl(addressKey);
        assertTrue(addressTtl > 0 && addressTtl <= ADDRESS_WINDOW.toMillis(), "address counter ttl " + addressTtl);
    }

    @Test
    void failuresAnotherInstanceRecordedLockTheAddressOutHereToo() {
        TestUser user = TestUser.register("Throttle Elsewhere");
        String address = Api.randomClientAddress();
        String failures = failuresKey(user.email(), address);
        long now = System.currentTimeMillis();
        for (int failure = 0; failure < 5; failure++) {
            // what another instance's throttle writes for a failed sign-in from this address
            SharedRedis.client().zadd(failures, now - failure, now - failure + ":other-instance-" + failure);
        }
        SharedRedis.client().pexpire(failures, ACCOUNT_WINDOW.toMillis());

        assertProblem(Api.from(address).body(Json.of("email", user.email(), "password", TestUser.PASSWORD))
                .post("/auth/login"), 429, "too-many-sign-in-attempts");
    }

    @Test
    void aSuccessfulSignInClearsTheAddresssFailuresAndMakesItKnown() {
        TestUser user = TestUser.register("Throttle Cleared");
        String address = Api.randomClientAddress();
        assertProblem(Api.from(address).body(Json.of("email", user.email(), "password", "a wrong guess here"))
                .post("/auth/login"), 401, "invalid-credentials");
        assertEquals(1, SharedRedis.client().zcard(failuresKey(user.email(), address)));

        Api.from(address).body(Json.of("email", user.email(), "password", TestUser.PASSWORD)).post("/auth/login").then().statusCode(200);

        assertFalse(SharedRedis.client().exists(failuresKey(user.email(), address)), "the counter is gone");
        assertEquals(1, SharedRedis.client().zcard(SharedRedis.key("rate:login-known-addresses:" + digest(user.email()) + ":" + address)));
    }

    /** Failures are counted per account and address, the account under the SHA-256 of its normalized email, never the address itself. */
    private static String failuresKey(String email, String address) {
        return SharedRedis.key("rate:login-failures:" + digest(email) + ":" + address);
    }

    private static String digest(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
