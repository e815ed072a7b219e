package dev.staybook.it.payments;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.staybook.it.support.Api;
import io.restassured.response.Response;

/**
 * Stripe's API for the test server, whose STAYBOOK_STRIPE_API_BASE points at the port the build reserved:
 * a WireMock started once for the whole test run and left running, because payments handed to Stripe
 * stay in the reconciliation window of later runs, which then look them up. Stubs answer with responses
 * shaped as Stripe's (trimmed recordings of test-mode calls).
 */
final class StripeStub {

    private static WireMockServer server;

    private StripeStub() {
    }

    static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1")
                    .port(Integer.parseInt(System.getProperty("staybook.stripe.stub.port"))));
            server.start();
        }
        return server;
    }

    /** Sends a webhook event signed as the simulated gateway's (same protocol as Stripe's, its own path). */
    static Response sendSimulatedWebhook(String payload) {
        return Api.anonymous().body(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .header("Stripe-Signature", StripeEvents.signature(payload, StripeEvents.SECRET, java.time.Instant.now()))
                .post("/payments/webhooks/simulated");
    }
}
