package dev.staybook.payments.internal.gateway;

import dev.staybook.payments.internal.domain.GatewayOutcome;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.stripe.StripeClient;
import dev.staybook.kernel.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Stripe adapter against a local HTTP server answering in Stripe's API shapes: no test reaches the internet. */
class StripeGatewayTest {

    private WireMockServer stripeApi;
    private StripeGateway gateway;

    @BeforeEach
    void start() {
        stripeApi = new WireMockServer(wireMockConfig().dynamicPort());
        stripeApi.start();
        gateway = new StripeGateway(StripeClient.builder().setApiKey("sk_test_local").setApiBase(stripeApi.baseUrl())
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
    void createsAManualCapturePaymentIntentThatTheGuestConfirms() {
        answer("/v1/payment_intents", 200, """
                {"id": "pi_123", "object": "payment_intent", "status": "requires_payment_method",
                 "client_secret": "pi_123_secret_abc", "amount": 42160, "currency": "eur"}""");

        GatewayOutcome outcome = gateway.authorize("Staybook booking b-1", Money.of("421.60", "EUR"), "authorize-b-1");

        assertEquals(GatewayOutcome.actionRequired("pi_123", "pi_123_secret_abc"), outcome);
        stripeApi.verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo("authorize-b-1"))
                .withHeader("Authorization", equalTo("Bearer sk_test_local"))
                .withRequestBody(containing("amount=42160"))
                .withRequestBody(containing("capture_method=manual"))
                .withRequestBody(containing("currency=eur")));
    }

    @Test
    void anIntentThatIsAlreadyAuthorizedSucceedsAtOnce() {
        answer("/v1/payment_intents", 200, """
                {"id": "pi_124", "object": "payment_intent", "status": "requires_capture", "amount": 1500, "currency": "jpy"}""");
        assertEquals(GatewayOutcome.succeeded("pi_124"), gateway.authorize("b-2", Money.of("1500", "JPY"), "authorize-b-2"));
        stripeApi.verify(postRequestedFor(urlEqualTo("/v1/payment_intents")).withRequestBody(containing("amount=1500")));
    }

    @Test
    void capturesCancelsAndRefundsWithTheirOwnKeys() {
        answer("/v1/payment_intents/pi_123/capture", 200, """
                {"id": "pi_123", "object": "payment_intent", "status": "succeeded"}""");
        answer("/v1/payment_intents/pi_777/cancel", 200, """
                {"id": "pi_777", "object": "payment_intent", "status": "canceled"}""");
        answer("/v1/refunds", 200, """
                {"id": "re_9", "object": "refund", "status": "succeeded", "amount": 20900}""");

        assertEquals(GatewayOutcome.succeeded("pi_123"), gateway.capture("pi_123", Money.of("421.60", "EUR"), "capture-b-1"));
        assertEquals(GatewayOutcome.succeeded("pi_777"), gateway.voidAuthorization("pi_777", "void-b-7"));
        assertEquals(GatewayOutcome.succeeded("re_9"), gateway.refund("pi_123", Money.of("209.00", "EUR"), "refund-b-1"));

        stripeApi.verify(postRequestedFor(urlEqualTo("/v1/payment_intents/pi_123/capture"))
                .withHeader("Idempotency-Key", equalTo("capture-b-1")).withRequestBody(containing("amount_to_capture=42160")));
        stripeApi.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("refund-b-1"))
                .withRequestBody(containing("payment_intent=pi_123")).withRequestBody(containing("amount=20900")));
    }

    @Test
    void aDeclinedCardIsAnOutcomeWithItsReason() {
        answer("/v1/payment_intents", 402, """
                {"error": {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds",
                           "message": "Your card has insufficient funds."}}""");
        GatewayOutcome outcome = gateway.authorize("b-3", Money.of("10.00", "EUR"), "authorize-b-3");
        assertEquals(GatewayOutcome.Status.FAILED, outcome.status());
        assertEquals("insufficient_funds", outcome.failure());
    }

    @Test
    void aStripeOutageIsAnExceptionSoTheCallerRetriesWithTheSameKey() {
        answer("/v1/payment_intents/pi_123/capture", 500, """
                {"error": {"type": "api_error", "message": "Something went wrong on Stripe's end."}}""");
        assertThrows(GatewayUnavailable.class, () -> gateway.capture("pi_123", Money.of("421.60", "EUR"), "capture-b-1"));
    }

    @Test
    void paysHostsWithConnectTransfers() {
        answer("/v1/transfers", 200, """
                {"id": "tr_5", "object": "transfer", "amount": 32980, "currency": "eur", "destination": "acct_host"}""");
        assertEquals(GatewayOutcome.succeeded("tr_5"), gateway.payout("acct_host", Money.of("329.80", "EUR"), "payout-p-1"));
        stripeApi.verify(postRequestedFor(urlEqualTo("/v1/transfers")).withRequestBody(containing("destination=acct_host")));
    }

    @Test
    void readsWhatStripeCapturedAndRefundedForReconciliation() {
        stripeApi.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_123")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "pi_123", "object": "payment_intent", "status": "succeeded", "currency": "eur",
                         "amount_received": 42160,
                         "latest_charge": {"id": "ch_1", "object": "charge", "amount_refunded": 20900}}""")));
        PaymentGateway.GatewayRecord record = gateway.lookup("pi_123");
        assertEquals(Money.of("421.60", "EUR"), record.captured());
        assertEquals(Money.of("209.00", "EUR"), record.refunded());
    }

    @Test
    void amountsGoToStripeInItsOwnMinorUnits() {
        assertEquals(12050, StripeGateway.minorUnits(Money.of("120.50", "EUR")));
        assertEquals(1500, StripeGateway.minorUnits(Money.of("1500", "JPY")));
        // whole krónur, which Java gives no decimals but Stripe counts in hundredths
        assertEquals(50000, StripeGateway.minorUnits(Money.of("500", "ISK")));
        assertEquals(Money.of("500", "ISK"), StripeGateway.money(50000L, java.util.Currency.getInstance("ISK")));
        assertEquals(Money.of("1500", "JPY"), StripeGateway.money(1500L, java.util.Currency.getInstance("JPY")));
    }
}
