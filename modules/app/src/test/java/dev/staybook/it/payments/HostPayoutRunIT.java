package dev.staybook.it.payments;

import static dev.staybook.it.payments.PaidStays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The nightly payout job {@code host-payouts}, started as an operator starts it (Liberty's batch REST
 * API): each host is paid once per run date for the stays completed before the cutoff, sees that payout
 * and no one else's, and a run date is never paid twice. Each test names its own run date (days before today: a
 * run date is never later), so the tests do not depend on each other; every run also pays whatever earlier tests left payable, which is why the
 * assertions look at this test's hosts only. Stays are the fixture's: 315.25 owed to the host each.
 */
@SystemTest
class HostPayoutRunIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @AfterAll
    static void everyLedgerTransactionBalances() {
        assertEquals(0, PaymentRows.unbalancedTransactions());
    }

    private static Map<String, String> runParameters(LocalDate runDate, Instant cutoff) {
        return Map.of("runDate", runDate.toString(), "cutoff", cutoff.toString());
    }

    private static void assertCompleted(PayoutRuns.Execution execution) {
        assertEquals("COMPLETED", execution.batchStatus(), () -> "the run ended " + execution);
    }

    @Test
    void paysEachHostOnceForTheStaysCompletedBeforeTheCutoff() {
        TestUser host = TestUser.register("Payout Host").asHost();
        TestUser otherHost = TestUser.register("Other Payout Host").asHost();
        PayoutAccounts.onboarded(host);
        PayoutAccounts.onboarded(otherHost);
        TestUser guest = TestUser.register("Payout Guest");
        String listing = PaidStays.instantBookListing(host);
        String otherListing = PaidStays.instantBookListing(otherHost);
        Instant cutoff = Instant.now().minus(Duration.ofHours(3));
        PaidStays.completedAt(guest, host, listing, parisDay(10), cutoff.minus(Duration.ofHours(30)));
        PaidStays.completedAt(guest, host, listing, parisDay(20), cutoff.minus(Duration.ofHours(2)));
        String afterCutoff = PaidStays.completedAt(guest, host, listing, parisDay(30), cutoff.plus(Duration.ofHours(1)));
        PaidStays.confirmed(guest, listing, parisDay(40));
        PaidStays.completedAt(guest, otherHost, otherListing, parisDay(10), cutoff.minus(Duration.ofHours(5)));
        LocalDate runDate = TODAY.minusDays(98);

        assertCompleted(PayoutRuns.run(runParameters(runDate, cutoff)));

        assertEquals(List.of(runDate + " PAID 630.50 2"), PaymentRows.payoutsOfHost(host.id()));
        assertEquals(List.of(runDate + " PAID 315.25 1"), PaymentRows.payoutsOfHost(otherHost.id()));
        assertEquals(1, PaymentRows.gatewayTransfersToHost(host.id()));
        assertEquals(Map.of("HOST_PAYABLE", "630.50", "PAYOUTS", "-630.50"), PaymentRows.accountTotalsOfHostPayouts(host.id()));
        assertFalse(PaymentRows.paidOut(afterCutoff), "the stay completed after the cutoff waits for the next run");

        JsonPath own = Api.as(host.accessToken()).get("/payouts").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(runDate.toString()), own.getList("items.runDate"));
        assertEquals("630.50", own.getString("items[0].amount.amount"));
        assertEquals("EUR", own.getString("items[0].amount.currency"));
        assertEquals(2, own.getInt("items[0].stays"));
        assertEquals("PAID", own.getString("items[0].status"));
        JsonPath others = Api.as(otherHost.accessToken()).get("/payouts").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("315.25"), others.getList("items.amount.amount"), "a host sees their own payouts only");
    }

    @Test
    void aSecondRunForTheSameDatePaysNothingMoreAndLosesNothing() {
        TestUser host = TestUser.register("Rerun Host").asHost();
        PayoutAccounts.onboarded(host);
        TestUser guest = TestUser.register("Rerun Guest");
        String listing = PaidStays.instantBookListing(host);
        PaidStays.completed(guest, host, listing, parisDay(10));
        LocalDate runDate = TODAY.minusDays(97);
        Instant cutoff = Instant.now();
        assertCompleted(PayoutRuns.run(runParameters(runDate, cutoff)));
        assertEquals(List.of(runDate + " PAID 315.25 1"), PaymentRows.payoutsOfHost(host.id()));

        // a stay that ended before the cutoff but became payable only after the run (its completion came late)
        String late = PaidStays.completed(guest, host, listing, parisDay(20));
        assertCompleted(PayoutRuns.run(runParameters(runDate, cutoff)));

        assertEquals(List.of(runDate + " PAID 315.25 1"), PaymentRows.payoutsOfHost(host.id()), "the run date paid the host already");
        assertEquals(1, PaymentRows.gatewayTransfersToHost(host.id()));
        assertFalse(PaymentRows.paidOut(late), "the late stay is still owed, not swallowed by the settled payout");

        LocalDate nextDay = runDate.plusDays(1);
        assertCompleted(PayoutRuns.run(runParameters(nextDay, Instant.now())));
        assertEquals(List.of(runDate + " PAID 315.25 1", nextDay + " PAID 315.25 1"), PaymentRows.payoutsOfHost(host.id()));
        assertEquals(2, PaymentRows.gatewayTransfersToHost(host.id()));
        assertEquals(Map.of("HOST_PAYABLE", "630.50", "PAYOUTS", "-630.50"), PaymentRows.accountTotalsOfHostPayouts(host.id()));
    }

    @Test
    void aRunGivenOnlyItsDateLikeTheReadmesCronEntryPaysTheStaysCompletedBeforeThatDayBegan() {
        TestUser host = TestUser.register("Cron Host").asHost();
        PayoutAccounts.onboarded(host);
        TestUser guest = TestUser.register("Cron Guest");
        String listing = PaidStays.instantBookListing(host);
        Instant startOfToday = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        String yesterday = PaidStays.completedAt(guest, host, listing, parisDay(10), startOfToday.minus(Duration.ofHours(1)));
        String today = PaidStays.completedAt(guest, host, listing, parisDay(20), startOfToday);

        assertCompleted(PayoutRuns.run(Map.of("runDate", TODAY.toString())));

        assertEquals(List.of(TODAY + " PAID 315.25 1"), PaymentRows.payoutsOfHost(host.id()));
        assertTrue(PaymentRows.paidOut(yesterday));
        assertFalse(PaymentRows.paidOut(today), "the cutoff is the start of the run date: a stay that ended at midnight is tomorrow's");
    }

    @Test
    void aRunWithAParameterItDoesNotTakeFailsBeforePayingAndSaysWhy() {
        PayoutRuns.Execution malformedDate = PayoutRuns.run(Map.of("runDate", "06/12/2026"));
        assertEquals("FAILED", malformedDate.batchStatus());
        assertTrue(malformedDate.exitStatus().contains("runDate must be an ISO date"), malformedDate.exitStatus());

        PayoutRuns.Execution ahead = PayoutRuns.run(Map.of("runDate", "2031-01-01"));
        assertEquals("FAILED", ahead.batchStatus(), "a run for a later date would pay its hosts now and that date's run nothing");
        assertTrue(ahead.exitStatus().contains("runDate must not be later than today"), ahead.exitStatus());

        PayoutRuns.Execution empty = PayoutRuns.run(Map.of("runDate", ""));
        assertEquals("FAILED", empty.batchStatus(), "an empty run date is a scheduler's mistake, not today's run");
        assertTrue(empty.exitStatus().contains("runDate must be an ISO date such as 2027-03-01, not empty"), empty.exitStatus());

        PayoutRuns.Execution noChunk = PayoutRuns.run(Map.of("runDate", "2025-01-02", "chunkSize", "0"));
        assertEquals("FAILED", noChunk.batchStatus());
        assertTrue(noChunk.exitStatus().contains("chunkSize must be a whole number from 1"), noChunk.exitStatus());

        PayoutRuns.Execution misspelt = PayoutRuns.run(Map.of("rundate", "2025-01-03"));
        assertEquals("FAILED", misspelt.batchStatus(), "a misspelt date would otherwise run today's payouts");
        assertTrue(misspelt.exitStatus().contains("rundate is not a parameter of a payout run"), misspelt.exitStatus());

        PayoutRuns.Execution early = PayoutRuns.run(Map.of("runDate", "2025-01-04", "cutoff", Instant.now().plus(Duration.ofDays(30)).toString()));
        assertEquals("FAILED", early.batchStatus(), "a cutoff ahead would pay cancelled stays' shares before they are payable");
        assertTrue(early.exitStatus().contains("cutoff must not be later than now"), early.exitStatus());
    }

    @Test
    void hostsRegisteredOneAfterAnotherAreSpreadOverThePartitions() {
        // a slot is the first 16 bits of the md5 of the id's text, as HostRangeTest computes it
        assertEquals(0xba7c, PaymentRows.number("select payments.host_slot(?::uuid)", "01a2b3c4-0000-7000-8000-000000000000"));
        // their time-ordered ids share their first bytes: ranges of ids put all of them in one of 8 partitions
        Set<Long> partitions = Stream.generate(() -> TestUser.register("Payouts Neighbour").id()).limit(8)
                .map(host -> PaymentRows.number("select payments.host_slot(?::uuid) / 8192", host)).collect(Collectors.toSet());
        assertTrue(partitions.size() > 1, () -> "8 hosts in partitions " + partitions); // all in one: 1 chance in 2 million
    }

    @Test
    void onlyHostsSeePayoutsAndOnlyWithAToken() {
        TestUser guest = TestUser.register("Payouts Guest");
        assertProblem(Api.as(guest.accessToken()).get("/payouts"), 403, "role-required");
        assertProblem(Api.anonymous().get("/payouts"), 401, "authentication-required");
        TestUser host = TestUser.register("Payouts Newcomer").asHost();
        Api.as(host.accessToken()).get("/payouts").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void theBatchApiRefusesCallersWithoutTheOperatorAccount() {
        PayoutRuns.unauthenticated().get("/jobinstances").then().statusCode(401);
        PayoutRuns.unauthenticated().auth().preemptive().basic("batch-operator", "wrong password").get("/jobinstances")
                .then().statusCode(401);
    }
}
