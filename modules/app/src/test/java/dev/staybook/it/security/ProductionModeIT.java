package dev.staybook.it.security;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.SecondServer;
import dev.staybook.it.support.ServerReadiness;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Production mode (OWASP API5, API8): a second instance of the test server, in production mode with the development
 * signing key, the simulated gateway, the development batch and metrics passwords, no mail host (mails, reset tokens
 * included, only logged) and the system tests' own switches, does not start the application and says why; allowed explicitly, the same instance starts and becomes ready.
 *
 * <p>Not a {@code @SystemTest}: the refusal is an error in the second server's log, which is the point, and the
 * test server's log is not touched.
 */
@ExtendWith(ServerReadiness.class)
class ProductionModeIT {

    /** The system tests' switches, on in the test server's environment, which the second instance inherits. */
    private static final List<String> TEST_AIDS = List.of("STAYBOOK_EVENTS_FAULT_INJECTION", "STAYBOOK_BATCH_FAULT_INJECTION",
            "STAYBOOK_DIAGNOSTICS_STATEMENT_COUNT", "STAYBOOK_LISTINGS_CALENDAR_SYNC_LOOPBACK_PORT");

    private static SecondServer production;

    @BeforeAll
    static void aSecondInstanceInProductionMode() {
        production = SecondServer.besideTheTestServer("staybook-it-production")
                .withEnvironment("STAYBOOK_MODE", "production")
                .withEnvironment("STAYBOOK_BATCH_OPERATOR_PASSWORD", null)
                .withEnvironment("STAYBOOK_METRICS_PASSWORD", null)
                .withEnvironment("STAYBOOK_MAIL_HOST", null);
    }

    @AfterAll
    static void stopIt() {
        production.stop();
    }

    @Test
    void refusesToStartWithDevelopmentSettingsUnlessEachIsAllowed() {
        production.launch();
        String refusal = Eventually.until("the production instance refuses to start", SecondServer.START_DEADLINE, production::log,
                log -> log.contains("Staybook refuses to start in production mode"));
        assertTrue(refusal.contains("Production mode refuses a DEVELOPMENT token signing key"), refusal);
        assertTrue(refusal.contains("Production mode refuses the SIMULATED payment gateway"), refusal);
        assertTrue(refusal.contains("Production mode refuses the DEVELOPMENT password of the batch operator"), refusal);
        assertTrue(refusal.contains("Production mode refuses the DEVELOPMENT password of the metrics account"), refusal);
        assertTrue(refusal.contains("Production mode refuses the mail LOG instead of a mail server"), refusal);
        for (String testAid : TEST_AIDS) {
            assertTrue(refusal.contains("Production mode refuses the TEST AID " + testAid), refusal);
        }
        assertNotEquals(200, production.readiness(), "not ready");
        assertNotEquals(200, status(production.baseUrl() + "/api/v1/listings?city=Paris"), "the API is not served");
        production.stop();

        production.withEnvironment("STAYBOOK_ALLOW_DEVELOPMENT_SIGNING_KEY", "true")
                .withEnvironment("STAYBOOK_ALLOW_SIMULATED_GATEWAY", "true")
                .withEnvironment("STAYBOOK_ALLOW_DEVELOPMENT_BATCH_PASSWORD", "true")
                .withEnvironment("STAYBOOK_ALLOW_DEVELOPMENT_METRICS_PASSWORD", "true")
                .withEnvironment("STAYBOOK_ALLOW_MAIL_LOG", "true");
        // nothing allows a test aid in production: only switching it off
        TEST_AIDS.forEach(testAid -> production.withEnvironment(testAid, null));
        production.start();
        assertTrue(status(production.baseUrl() + "/api/v1/listings?city=Paris") == 200);
        assertTrue(production.log().contains("(allowed in production)"), "each allowed setting is still a warning");
    }

    private static int status(String url) {
        try {
            return RestAssured.given().get(url).statusCode();
        } catch (RuntimeException notListening) {
            return -1;
        }
    }
}
