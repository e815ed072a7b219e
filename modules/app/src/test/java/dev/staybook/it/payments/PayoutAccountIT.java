package dev.staybook.it.payments;

import static dev.staybook.it.payments.PaidStays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Host payout accounts at the simulated gateway (the test server has no Stripe key): a host owed nothing
 * is enabled at once; a host owed more than the test server's review threshold (1000) waits until a
 * signed {@code account.updated} webhook enables the account. Until then what the host is owed waits,
 * says so in {@code GET /payouts}, and the first run after onboarding pays it.
 */
@SystemTest
class PayoutAccountIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @AfterAll
    static void everyLedgerTransactionBalances() {
        assertEquals(0, PaymentRows.unbalancedTransactions());
    }

    private static JsonPath payouts(TestUser host) {
        return Api.as(host.accessToken()).get("/payouts").then().statusCode(200).extract().jsonPath();
    }

    private static void assertCompleted(PayoutRuns.Execution execution) {
        assertEquals("COMPLETED", execution.batchStatus(), () -> "the run ended " + execution);
    }

    @Test
    void aBalanceOwedBeforeOnboardingWaitsForTheAccountAndTheFirstRunAfterOnboardingPaysIt() {
        TestUser host = TestUser.register("Unboarded Host").asHost();
        TestUser guest = TestUser.register("Unboarded Guest");
        PaidStays.completed(guest, host, PaidStays.instantBookListing(host), parisDay(10));
        assertProblem(Api.as(host.accessToken()).get("/users/me/payout-account"), 404, "payout-account-not-found");

        assertCompleted(PayoutRuns.run(Map.of("runDate", TODAY.minusDays(80).toString(), "cutoff", Instant.now().toString())));

        assertEquals(List.of(), PaymentRows.payoutsOfHost(host.id()), "no account, no payout");
        JsonPath waiting = payouts(host);
        assertEquals(List.of(), waiting.getList("items"));
        assertEquals("PAYOUT_ACCOUNT", waiting.getString("waiting[0].waitingFor"));
        assertEquals("315.25", waiting.getString("waiting[0].amount.amount"));
        assertEquals(1, waiting.getInt("waiting[0].stays"));

        JsonPath account = PayoutAccounts.start(host).then().statusCode(200).extract().jsonPath();
        assertEquals("simulated", account.getString("gateway"));
        assertEquals("ENABLED", account.getString("status"));
        assertEquals(true, account.getBoolean("payoutsEnabled"));
        assertEquals(PayoutAccounts.RETURN_URL, account.getString("onboardingUrl"), "the simulated gateway has no pages of its own");
        assertNotNull(account.getString("enabledAt"));
        String accountId = account.getString("accountId");
        assertEquals(accountId, PayoutAccounts.start(host).then().statusCode(200).extract().path("accountId"), "one account per host");
        Api.as(host.accessToken()).get("/users/me/payout-account").then().statusCode(200)
                .body("accountId", equalTo(accountId)).body("status", equalTo("ENABLED"));
        assertEquals("NEXT_RUN", payouts(host).getString("waiting[0].waitingFor"));

        LocalDate runDate = TODAY.minusDays(79);
        assertCompleted(PayoutRuns.run(Map.of("runDate", runDate.toString(), "cutoff", Instant.now().toString())));

        assertEquals(List.of(runDate + " PAID 315.25 1"), PaymentRows.payoutsOfHost(host.id()));
        assertEquals(List.of(accountId), PaymentRows.strings("select destination from payments.payouts where host_id = ?::uuid", host.id()),
                "the transfer went to the host's account, not to their user id");
        assertEquals(Map.of("HOST_PAYABLE", "315.25", "PAYOUTS", "-315.25"), PaymentRows.accountTotalsOfHostPayouts(host.id()));
        assertEquals(List.of(), payouts(host).getList("waiting"));
    }

    @Test
    void aHostOwedMoreThanTheReviewThresholdIsPaidOnceTheGatewaysWebhookEnablesTheAccount() {
        TestUser host = TestUser.register("Reviewed Host").asHost();
        TestUser guest = TestUser.register("Reviewed Guest");
        // three nights at 400.00 + 25.00 cleaning: the host is owed 1188.25, above the review threshold
        PaidStays.completed(guest, host, PaidStays.listingPricedAt(host, "400.00"), parisDay(10));

        JsonPath pending = PayoutAccounts.start(host).then().statusCode(200).extract().jsonPath();
        assertEquals("PENDING", pending.getString("status"));
        assertEquals(List.of("simulated.review"), pending.getList("requirements"));
        assertNull(pending.getString("enabledAt"));
        String accountId = pending.getString("accountId");
        assertCompleted(PayoutRuns.run(Map.of("runDate", TODAY.minusDays(78).toString(), "cutoff", Instant.now().toString())));
        assertEquals(List.of(), PaymentRows.payoutsOfHost(host.id()));
        assertEquals("PAYOUT_ACCOUNT", payouts(host).getString("waiting[0].waitingFor"));

        String enabled = StripeEvents.accountUpdated(accountId, true);
        StripeStub.sendSimulatedWebhook(enabled).then().statusCode(200).body("result", equalTo("applied"));
        StripeStub.sendSimulatedWebhook(enabled).then().statusCode(200).body("result", equalTo("duplicate"));
        JsonPath account = Api.as(host.accessToken()).get("/users/me/payout-account").then().statusCode(200).extract().jsonPath();
        assertEquals("ENABLED", account.getString("status"));
        assertEquals(List.of(), account.getList("requirements"));
        assertNotNull(account.getString("enabledAt"));
        assertNull(account.getString("onboardingUrl"), "links are handed out by PUT only");

        LocalDate runDate = TODAY.minusDays(77);
        assertCompleted(PayoutRuns.run(Map.of("runDate", runDate.toString(), "cutoff", Instant.now().toString())));
        assertEquals(List.of(runDate + " PAID 1188.25 1"), PaymentRows.payoutsOfHost(host.id()));
        assertEquals(Map.of("HOST_PAYABLE", "1188.25", "PAYOUTS", "-1188.25"), PaymentRows.accountTotalsOfHostPayouts(host.id()));
    }

    @Test
    void anAccountUpdateForNoHostsAccountIsIgnoredAndABadlySignedOneRefused() {
        StripeStub.sendSimulatedWebhook(StripeEvents.accountUpdated("sim_acct_nobody", true)).then().statusCode(200)
                .body("result", equalTo("ignored"));
        String payload = StripeEvents.accountUpdated("sim_acct_nobody", true);
        Api.anonymous().body(payload).header("Stripe-Signature", StripeEvents.signature(payload, "not the secret", Instant.now()))
                .post("/payments/webhooks/simulated").then().statusCode(400);
    }

    @Test
    void onlyHostsHaveAPayoutAccountAndEachOnlyTheirOwn() {
        TestUser guest = TestUser.register("Accountless Guest");
        assertProblem(PayoutAccounts.start(guest), 403, "role-required");
        assertProblem(Api.as(guest.accessToken()).get("/users/me/payout-account"), 403, "role-required");
        assertProblem(Api.anonymous().get("/users/me/payout-account"), 401, "authentication-required");
        assertProblem(Api.anonymous().body(Json.of("returnUrl", PayoutAccounts.RETURN_URL, "refreshUrl", PayoutAccounts.REFRESH_URL))
                .put("/users/me/payout-account"), 401, "authentication-required");

        TestUser host = TestUser.register("Own Account Host").asHost();
        TestUser otherHost = TestUser.register("Other Account Host").asHost();
        String own = PayoutAccounts.onboarded(host).getString("accountId");
        assertProblem(Api.as(otherHost.accessToken()).get("/users/me/payout-account"), 404, "payout-account-not-found");
        assertNotEquals(own, PayoutAccounts.onboarded(otherHost).getString("accountId"));
    }

    @Test
    void badOnboardingRequestsAreProblemsThatNameTheFields() {
        TestUser host = TestUser.register("Careless Host").asHost();
        assertProblem(Api.as(host.accessToken()).body("{}").put("/users/me/payout-account"), 400, "invalid-input")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("returnUrl", "refreshUrl"));
        assertProblem(Api.as(host.accessToken()).body(Json.of("returnUrl", "javascript:alert(1)", "refreshUrl", "not a url",
                "country", "France")).put("/users/me/payout-account"), 400, "invalid-input")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("returnUrl", "refreshUrl", "country"));
        assertProblem(Api.as(host.accessToken()).body(Json.of("returnUrl", PayoutAccounts.RETURN_URL, "refreshUrl",
                PayoutAccounts.REFRESH_URL, "country", "ZZ")).put("/users/me/payout-account"), 400, "invalid-input")
                .body("errors.field", org.hamcrest.Matchers.contains("country"));
        assertProblem(Api.as(host.accessToken()).body("{not json").put("/users/me/payout-account"), 400, "malformed-json");
        assertProblem(Api.as(host.accessToken()).get("/users/me/payout-account"), 404, "payout-account-not-found");
    }
}
