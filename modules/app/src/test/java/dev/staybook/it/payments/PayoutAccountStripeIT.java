package dev.staybook.it.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.staybook.it.payments.PaidStays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Mailbox;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payout onboarding and payouts at Stripe, against a stub answering as Stripe does (trimmed test-mode
 * responses). The test server has no Stripe key, so the host's captured payment is handed to Stripe in
 * the database (as {@link StripeWebhookIT} does): the host's account is then opened at Stripe, where the
 * money is. Stripe opens an Express account that needs onboarding; {@code account.updated} enables it;
 * the first transfer to it is refused, the retry goes through, and the ledger ends as if paid once.
 */
@SystemTest
class PayoutAccountStripeIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String ACCOUNT = "acct_1SZtY2QhR4mLw9Xp";
    private static final String LINK = "https://connect.stripe.com/setup/e/" + ACCOUNT + "/Zk3q7ZxJ8wVu";
    private static WireMockServer stripe;

    @BeforeAll
    static void stripe() {
        stripe = StripeStub.server();
        stripe.stubFor(post(urlEqualTo("/v1/accounts")).willReturn(json(200, """
                {"id": "%s", "object": "account", "type": "express", "country": "FR", "default_currency": "eur",
                 "business_profile": {"mcc": null, "url": null}, "capabilities": {"transfers": "inactive"},
                 "charges_enabled": false, "payouts_enabled": false, "details_submitted": false,
                 "metadata": {}, "created": 1764800000,
                 "requirements": {"currently_due": ["business_type", "external_account", "tos_acceptance.date", "tos_acceptance.ip"],
                                  "eventually_due": ["business_type", "external_account"], "past_due": [],
                                  "disabled_reason": "requirements.past_due", "current_deadline": null, "errors": []},
                 "settings": {"payouts": {"schedule": {"interval": "daily", "delay_days": 7}}}}""".formatted(ACCOUNT))));
        stripe.stubFor(post(urlEqualTo("/v1/account_links")).willReturn(json(200, """
                {"object": "account_link", "created": 1764800005, "expires_at": 1764800305, "url": "%s"}""".formatted(LINK))));
        // reconciliation looks up the payments it checks: the captured 403.00 of the fixture's stays
        stripe.stubFor(get(urlPathMatching("/v1/payment_intents/pi_.*")).willReturn(json(200, """
                {"id": "pi_handed_over", "object": "payment_intent", "status": "succeeded", "amount": 40300,
                 "amount_received": 40300, "currency": "eur", "capture_method": "manual",
                 "latest_charge": {"id": "ch_3SZtZ1", "object": "charge", "amount": 40300, "amount_refunded": 0,
                                   "currency": "eur", "refunded": false, "status": "succeeded"}}""")));
        String transfers = "transfers to " + ACCOUNT;
        stripe.stubFor(post(urlEqualTo("/v1/transfers")).inScenario(transfers).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(400, """
                        {"error": {"code": "insufficient_capabilities_for_transfer",
                         "doc_url": "https://stripe.com/docs/error-codes/insufficient-capabilities-for-transfer",
                         "message": "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
                         "request_log_url": "https://dashboard.stripe.com/test/logs/req_Q1nQ2", "type": "invalid_request_error"}}"""))
                .willSetStateTo("refused once"));
        stripe.stubFor(post(urlEqualTo("/v1/transfers")).inScenario(transfers).whenScenarioStateIs("refused once")
                .willReturn(json(200, """
                        {"id": "tr_1SZu0b2eZvKYlo2C", "object": "transfer", "amount": 31525, "amount_reversed": 0,
                         "currency": "eur", "destination": "%s", "livemode": false, "reversed": false,
                         "created": 1764800400, "metadata": {}, "reversals": {"object": "list", "data": [], "has_more": false}}"""
                        .formatted(ACCOUNT))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_stub")
                .withBody(body);
    }

    private static void assertRunCompleted(LocalDate runDate) {
        PayoutRuns.Execution run = PayoutRuns.run(Map.of("runDate", runDate.toString(), "cutoff", Instant.now().toString()));
        assertEquals("COMPLETED", run.batchStatus(), () -> "the run ended " + run);
    }

    @Test
    void aHostOnboardsAtStripeAndIsPaidToTheConnectedAccountRetryingARefusedTransfer() {
        TestUser host = TestUser.register("Connect Host").asHost();
        TestUser guest = TestUser.register("Connect Guest");
        String booking = PaidStays.completed(guest, host, PaidStays.instantBookListing(host), parisDay(10));
        PaymentRows.execute("update payments.payments set gateway = 'stripe', gateway_reference = ? where booking_id = ?::uuid",
                "pi_" + booking.replace("-", ""), booking);

        JsonPath opened = PayoutAccounts.start(host).then().statusCode(200).extract().jsonPath();
        assertEquals("stripe", opened.getString("gateway"));
        assertEquals(ACCOUNT, opened.getString("accountId"));
        assertEquals("PENDING", opened.getString("status"));
        assertEquals(LINK, opened.getString("onboardingUrl"));
        assertTrue(opened.getList("requirements").contains("external_account"));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo("payout-account-" + host.id() + "-stripe"))
                .withRequestBody(containing("type=express"))
                .withRequestBody(containing("capabilities[transfers][requested]=true"))
                .withRequestBody(containing("country=FR")));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/account_links")).withRequestBody(containing("account=" + ACCOUNT))
                .withRequestBody(containing("type=account_onboarding")));
        PayoutAccounts.start(host).then().statusCode(200);
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo("payout-account-" + host.id() + "-stripe")));
        stripe.verify(2, postRequestedFor(urlEqualTo("/v1/account_links")));

        assertRunCompleted(TODAY.minusDays(60));
        assertEquals(List.of(), PaymentRows.payoutsOfHost(host.id()), "onboarding is not finished");
        stripe.verify(0, postRequestedFor(urlEqualTo("/v1/transfers")));

        StripeEvents.sendSigned(StripeEvents.accountUpdated(ACCOUNT, true)).then().statusCode(200)
                .body("result", org.hamcrest.Matchers.equalTo("applied"));
        Api.as(host.accessToken()).get("/users/me/payout-account").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ENABLED"));

        assertRunCompleted(TODAY.minusDays(59));
        String payout = PaymentRows.strings("select id::text from payments.payouts where host_id = ?::uuid", host.id()).get(0);
        assertEquals("FAILED insufficient_capabilities_for_transfer", PaymentRows.strings(
                "select status || ' ' || failure from payments.payouts where id = ?::uuid", payout).get(0));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/transfers")).withHeader("Idempotency-Key", equalTo("payout-" + payout))
                .withRequestBody(containing("destination=" + ACCOUNT)).withRequestBody(containing("amount=31525"))
                .withRequestBody(containing("currency=eur")));
        assertTrue(Mailbox.awaitMail(host.email(), "Payout not sent").body().contains("insufficient_capabilities_for_transfer"));

        Eventually.until("the retry of payout " + payout + " is due", () -> PaymentRows.number(
                "select count(*) from payments.payouts where id = ?::uuid and next_attempt_at <= now()", payout) == 1);
        assertRunCompleted(TODAY.minusDays(58));

        assertEquals(List.of(TODAY.minusDays(59) + " PAID 315.25 1"), PaymentRows.payoutsOfHost(host.id()));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/transfers")).withHeader("Idempotency-Key", equalTo("payout-" + payout + "-2"))
                .withRequestBody(containing("destination=" + ACCOUNT)));
        assertEquals(List.of("tr_1SZu0b2eZvKYlo2C"), PaymentRows.strings(
                "select gateway_reference from payments.payouts where id = ?::uuid", payout));
        assertEquals(Map.of("HOST_PAYABLE", "315.25", "PAYOUTS", "-315.25"), PaymentRows.accountTotalsOfHostPayouts(host.id()),
                "paid once, after a refusal that gave the money back");
        assertEquals(0, PaymentRows.unbalancedTransactions());
        assertEquals(0, PaymentRows.number("select count(*) from payments.reconciliation_differences where subject = ?", booking),
                "the ledger and Stripe agree on the host's payment");
        Mailbox.awaitMail(host.email(), "Payout sent");
    }

    @Test
    void whileStripeCannotBeReachedOnboardingIsA503WithRetryAfterAndOpensNothing() {
        TestUser host = TestUser.register("Unreachable Connect Host").asHost();
        TestUser guest = TestUser.register("Unreachable Connect Guest");
        String booking = PaidStays.confirmed(guest, PaidStays.instantBookListing(host), parisDay(20));
        PaidStays.awaitPayment(guest, booking, "CAPTURED");
        PaymentRows.execute("update payments.payments set gateway = 'stripe', gateway_reference = ? where booking_id = ?::uuid",
                "pi_" + booking.replace("-", ""), booking);
        stripe.stubFor(post(urlEqualTo("/v1/accounts")).atPriority(1)
                .withHeader("Idempotency-Key", equalTo("payout-account-" + host.id() + "-stripe"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try {
            assertProblem(PayoutAccounts.start(host), 503, "gateway-unavailable").header("Retry-After", notNullValue());
            Api.as(host.accessToken()).get("/users/me/payout-account").then().statusCode(404);
        } finally {
            SupportRefundRequests.outOfReconciliation(booking); // later runs cannot look this payment up at the stub
        }
    }

    @Test
    void reconciliationLooksStripePaymentsUpAtTheConfiguredApiBase() {
        TestUser host = TestUser.register("Reconciled Connect Host").asHost();
        TestUser guest = TestUser.register("Reconciled Connect Guest");
        String booking = PaidStays.confirmed(guest, PaidStays.instantBookListing(host), parisDay(30));
        PaidStays.awaitPayment(guest, booking, "CAPTURED");
        String intent = "pi_" + booking.replace("-", "");
        PaymentRows.execute("update payments.payments set gateway = 'stripe', gateway_reference = ? where booking_id = ?::uuid",
                intent, booking);
        try {
            // a run cut off now reconciles what moved in the last two days, this payment among them
            assertRunCompleted(TODAY.minusDays(99));

            stripe.verify(getRequestedFor(urlPathEqualTo("/v1/payment_intents/" + intent)));
            assertEquals(0, PaymentRows.number("select count(*) from payments.reconciliation_differences where subject = ?", booking),
                    "the stub's 403.00 captured is what the ledger holds");
        } finally {
            SupportRefundRequests.outOfReconciliation(booking);
        }
    }

    @Test
    void connectEventsSignedWithTheConnectEndpointsSecretAreAccepted() {
        String payload = StripeEvents.accountUpdated("acct_1SZtNobodyKnows", true);
        String connectSecret = System.getProperty("staybook.connect.webhook.secret");

        StripeEvents.send(payload, StripeEvents.signature(payload, connectSecret, Instant.now())).then().statusCode(200)
                .body("result", org.hamcrest.Matchers.equalTo("ignored")); // verified; no host has that account
        StripeEvents.send(payload, StripeEvents.signature(payload, connectSecret + "_other", Instant.now())).then().statusCode(400);
    }

    @Test
    void anAccountUpdateWithABadSignatureChangesNothing() {
        String payload = StripeEvents.accountUpdated(ACCOUNT, false, "external_account");
        StripeEvents.send(payload, StripeEvents.signature(payload, "whsec_wrong", Instant.now())).then().statusCode(400);
        StripeEvents.send(payload, null).then().statusCode(400);
    }
}
