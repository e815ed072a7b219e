package dev.staybook.it.payments;

import static dev.staybook.it.payments.PaidStays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Mailbox;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A payout whose transfer the gateway refuses. The test server's simulated gateway refuses every payout of
 * exactly 289.06 (one stay of three nights at 91.00) and retries payouts 3 times in all, 1 s then 2 s
 * apart: each refusal gives the money back to what the host is owed in the ledger and mails the host the
 * reason, later runs try again once the backoff has passed, and after the third refusal the payout waits
 * for support in {@code GET /admin/payouts?state=attention}.
 */
@SystemTest
class PayoutRetryIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static String payoutOf(TestUser host) {
        return PaymentRows.strings("select id::text from payments.payouts where host_id = ?::uuid", host.id()).get(0);
    }

    private static String state(String payout) {
        return PaymentRows.strings("select status || ' ' || attempts from payments.payouts where id = ?::uuid", payout).get(0);
    }

    /** Waits until the payout's retry is due (the test server's backoff is a second or two), then runs the job. */
    private static void runOnceTheRetryIsDue(String payout, LocalDate runDate) {
        Eventually.until("the retry of payout " + payout + " is due", () -> PaymentRows.number(
                "select count(*) from payments.payouts where id = ?::uuid and next_attempt_at <= now()", payout) == 1);
        assertEquals("COMPLETED", PayoutRuns.run(Map.of("runDate", runDate.toString(), "cutoff", Instant.now().toString())).batchStatus());
    }

    @Test
    void aRefusedPayoutIsRetriedWithBackoffThenWaitsForSupportAndTheHostIsToldWhyEachTime() {
        TestUser host = TestUser.register("Refused Host").asHost();
        TestUser guest = TestUser.register("Refused Guest");
        PayoutAccounts.onboarded(host);
        PaidStays.completed(guest, host, PaidStays.listingPricedAt(host, "91.00"), parisDay(10));

        assertEquals("COMPLETED", PayoutRuns.run(Map.of("runDate", TODAY.minusDays(70).toString(), "cutoff",
                Instant.now().toString())).batchStatus());

        String payout = payoutOf(host);
        assertEquals("FAILED 1", state(payout));
        JsonPath own = Api.as(host.accessToken()).get("/payouts").then().statusCode(200).extract().jsonPath();
        assertEquals("FAILED", own.getString("items[0].status"));
        assertEquals("account_closed", own.getString("items[0].failure"));
        assertNotNull(own.getString("items[0].nextAttemptAt"));
        assertEquals(Map.of(), PaymentRows.accountTotalsOfHostPayouts(host.id()), "the refused money is owed to the host again");
        Mailbox.Received mail = Mailbox.awaitMail(host.email(), "Payout not sent");
        assertTrue(mail.body().contains("account_closed") && mail.body().contains("try again"), mail.body());

        runOnceTheRetryIsDue(payout, TODAY.minusDays(69));
        assertEquals("FAILED 2", state(payout));
        runOnceTheRetryIsDue(payout, TODAY.minusDays(68));

        assertEquals("ATTENTION 3", state(payout));
        assertEquals(List.of("payout-" + payout, "payout-" + payout + "-2", "payout-" + payout + "-3"), PaymentRows.strings(
                "select idempotency_key from payments.simulated_gateway_calls where idempotency_key like ? order by created_at",
                "payout-" + payout + "%"), "one transfer per attempt, each under its own key");
        assertEquals(Map.of(), PaymentRows.accountTotalsOfHostPayouts(host.id()));
        assertEquals(6, PaymentRows.number("select count(*) from payments.ledger_transactions where payout_id = ?::uuid", payout),
                "three payouts posted, three given back");
        assertEquals(0, PaymentRows.unbalancedTransactions());
        Eventually.until("three refusal mails to " + host.email(), () -> Mailbox.count(host.email(), "Payout not sent") == 3);
        assertTrue(Mailbox.read(host.email()).stream().anyMatch(m -> m.body().contains("support team")), "the last mail says who takes over");

        JsonPath attention = Api.as(PaidStays.administrator().accessToken()).queryParam("state", "attention").queryParam("limit", 100)
                .get("/admin/payouts").then().statusCode(200).extract().jsonPath();
        assertTrue(attention.getList("items.id").contains(payout), "support sees the payout");
        assertEquals(3, attention.getInt("items.find { it.id == '" + payout + "' }.attempts"));

        assertEquals("COMPLETED", PayoutRuns.run(Map.of("runDate", TODAY.minusDays(67).toString(), "cutoff",
                Instant.now().plus(Duration.ofSeconds(5)).toString())).batchStatus());
        assertEquals("ATTENTION 3", state(payout), "runs leave a payout that waits for support alone");
    }

    @Test
    void onlyAdministratorsSeeThePayoutsThatNeedAttention() {
        TestUser host = TestUser.register("Curious Host").asHost();
        assertProblem(Api.as(host.accessToken()).get("/admin/payouts"), 403, "role-required");
        assertProblem(Api.anonymous().get("/admin/payouts"), 401, "authentication-required");
        assertProblem(Api.as(PaidStays.administrator().accessToken()).queryParam("state", "lost").get("/admin/payouts"), 400,
                "invalid-input");
        assertProblem(Api.as(PaidStays.administrator().accessToken()).queryParam("cursor", "garbage").get("/admin/payouts"), 400,
                "invalid-input");
    }
}
