package dev.staybook.payments.internal.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.stripe.StripeClient;
import dev.staybook.payments.internal.domain.AccountState;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stripe Connect Express accounts and account links against a local server answering in Stripe's shapes. */
class StripeConnectTest {

    private static final UUID HOST = UUID.fromString("0190f1a2-0000-7000-8000-0000000000aa");

    private WireMockServer stripeApi;
    private StripeConnect connect;

    @BeforeEach
    void start() {
        stripeApi = new WireMockServer(wireMockConfig().dynamicPort());
        stripeApi.start();
        connect = new StripeConnect(StripeClient.builder().setApiKey("sk_test_local").setApiBase(stripeApi.baseUrl())
                .setMaxNetworkRetries(0).build());
    }

    @AfterEach
    void stop() {
        stripeApi.stop();
    }

    private void answer(String path, int status, String json) {
        stripeApi.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Test
    void opensAnExpressAccountWithTheTransfersCapabilityUnderOurKey() {
        answer("/v1/accounts", 200, """
                {"id": "acct_1", "object": "account", "type": "express", "payouts_enabled": false, "charges_enabled": false,
                 "requirements": {"currently_due": ["external_account", "tos_acceptance.date"]}}""");

        AccountState state = connect.open(HOST, "DE", "payout-account-h-stripe");

        assertEquals(new AccountState("acct_1", false, false, List.of("external_account", "tos_acceptance.date")), state);
        stripeApi.verify(postRequestedFor(urlEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo("payout-account-h-stripe"))
                .withRequestBody(containing("type=express"))
                .withRequestBody(containing("country=DE"))
                .withRequestBody(containing("capabilities[transfers][requested]=true"))
                .withRequestBody(containing("metadata[staybook_host_id]=" + HOST)));
    }

    @Test
    void makesAnOnboardingLinkThatSendsTheHostBack() {
        answer("/v1/account_links", 200, """
                {"object": "account_link", "url": "https://connect.stripe.com/setup/e/acct_1/abc", "expires_at": 1764800305}""");

        URI link = connect.onboardingLink("acct_1", URI.create("https://staybook.test/again"), URI.create("https://staybook.test/done"));

        assertEquals(URI.create("https://connect.stripe.com/setup/e/acct_1/abc"), link);
        stripeApi.verify(postRequestedFor(urlEqualTo("/v1/account_links"))
                .withRequestBody(containing("account=acct_1"))
                .withRequestBody(containing("type=account_onboarding"))
                .withRequestBody(containing("return_url=https%3A%2F%2Fstaybook.test%2Fdone")));
    }

    @Test
    void aStripeFailureIsAnUnavailableGateway() {
        answer("/v1/accounts", 500, """
                {"error": {"type": "api_error", "message": "An unknown error occurred"}}""");
        assertThrows(GatewayUnavailable.class, () -> connect.open(HOST, null, "payout-account-h-stripe"));
    }
}
