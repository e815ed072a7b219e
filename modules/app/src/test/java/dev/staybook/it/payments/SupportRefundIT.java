package dev.staybook.it.payments;

import static dev.staybook.it.payments.PaidStays.parisDay;
import static dev.staybook.it.payments.SupportRefundRequests.refund;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.events.EventRows;
import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Mailbox;
import dev.staybook.it.support.TestUser;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Refunds support gives through the simulated gateway: partial and full, split between the host's share, the taxes
 * and the platform's fees in proportion (403.00 captured: 315.25 host, 32.50 taxes, 55.25 fees), idempotent per key,
 * mailed to the guest, owed back by a host already paid, and refused with a problem when they cannot be given.
 */
@SystemTest
class SupportRefundIT {

    private static TestUser host;
    private static TestUser guest;
    private static TestUser admin;
    private static String listing;

    @BeforeAll
    static void listing() {
        host = TestUser.register("Refunded Host").asHost();
        PayoutAccounts.onboarded(host); // the payout run pays only hosts who can receive payouts
        guest = TestUser.register("Refunded Guest");
        admin = PaidStays.administrator();
        listing = PaidStays.instantBookListing(host);
    }

    @AfterAll
    static void everyStepBalanced() {
        assertEquals(0, SupportRefundRequests.unbalancedTransactionsAndKinds());
    }

    private static String captured(int daysAhead) {
        String id = PaidStays.confirmed(guest, listing, parisDay(daysAhead));
        PaidStays.awaitPayment(guest, id, "CAPTURED");
        return id;
    }

    @Test
    void aPartRefundThenTheRestReverseEveryShareAndMailTheGuest() {
        String id = captured(30);

        refund(admin, id, "first-" + id, "100.00", "EUR").then().statusCode(201)
                .header("Location", endsWith("/api/v1/bookings/" + id + "/payments"))
                .body("status", equalTo("SUCCEEDED")).body("amount.amount", equalTo("100.00"));
        JsonPath partly = PaidStays.awaitPayment(guest, id, "PARTIALLY_REFUNDED");
        assertEquals("100.00", partly.getString("refunded.amount"));
        assertEquals(List.of("100.00"), partly.getList("supportRefunds.amount.amount"));
        assertEquals("The heating was broken", partly.getString("supportRefunds[0].reason"));
        assertEquals("237.02", PaidStays.payment(host, id).getString("hostPayout.amount"), "315.25 less 100/403 of it");
        assertEquals(Map.of("GUEST_PAYMENTS", "403.00", "REFUNDS", "-100.00", "HOST_PAYABLE", "-237.02",
                "TAXES_PAYABLE", "-24.44", "PLATFORM_FEES", "-41.54"), PaymentRows.accountTotalsOfBooking(id));
        Mailbox.Received mail = Mailbox.awaitMail(guest.email(), "Refund: 100.00 EUR");
        assertEquals(true, mail.body().contains("The heating was broken"), mail.body());

        refund(admin, id, "rest-" + id, "303.00", "EUR").then().statusCode(201).body("status", equalTo("SUCCEEDED"));
        JsonPath all = PaidStays.awaitPayment(guest, id, "REFUNDED");
        assertEquals("403.00", all.getString("refunded.amount"));
        assertEquals("0.00", PaidStays.payment(host, id).getString("hostPayout.amount"));
        assertEquals(Map.of("GUEST_PAYMENTS", "403.00", "REFUNDS", "-403.00"), PaymentRows.accountTotalsOfBooking(id),
                "everything went back: the host, the taxes and the platform keep nothing");
        assertEquals(List.of("CAPTURE", "REFUND", "REFUND"), PaymentRows.transactionKindsOfBooking(id));
        assertEquals(2, SupportRefundRequests.gatewayRefunds(id));
    }

    @Test
    void aRepeatedRequestAnswersWithTheFirstRefundAndMovesNoMoreMoney() {
        String id = captured(40);
        String key = "once-" + id;

        JsonPath first = refund(admin, id, key, "50.00", "EUR").then().statusCode(201).extract().jsonPath();
        Response again = refund(admin, id, key, "50.00", "EUR");

        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.getString("id"), again.jsonPath().getString("id"));
        assertEquals(1, SupportRefundRequests.gatewayRefunds(id), "one refund at the gateway");
        assertEquals("50.00", PaidStays.payment(guest, id).getString("refunded.amount"));
        assertProblem(refund(admin, id, key, "60.00", "EUR"), 422, "idempotency-key-reused");
        assertEquals(List.of("CAPTURE", "REFUND"), PaymentRows.transactionKindsOfBooking(id));
    }

    @Test
    void neverMoreThanWhatRemainsCaptured() {
        String id = captured(50);
        refund(admin, id, "most-" + id, "400.00", "EUR").then().statusCode(201);

        assertProblem(refund(admin, id, "more-" + id, "3.01", "EUR"), 409, "refund-exceeds-captured");
        assertProblem(refund(admin, captured(55), "too-much", "403.01", "EUR"), 409, "refund-exceeds-captured");
        assertEquals("400.00", PaidStays.payment(guest, id).getString("refunded.amount"));
    }

    @Test
    void onlyAdministratorsRefund() {
        String id = captured(60);
        assertProblem(refund(guest, id, "k-guest", "10.00", "EUR"), 403, "role-required");
        assertProblem(refund(host, id, "k-host", "10.00", "EUR"), 403, "role-required");
        assertProblem(Api.anonymous().header("Idempotency-Key", "k-anonymous").body(SupportRefundRequests.body("10.00", "EUR", "x"))
                .post("/admin/bookings/" + id + "/refunds"), 401, "authentication-required");
        assertEquals("0.00", PaidStays.payment(guest, id).getString("refunded.amount"));
        assertEquals(0, SupportRefundRequests.gatewayRefunds(id));
    }

    @Test
    void unknownBookingsAndUnchargedPaymentsHaveNothingToRefund() {
        assertProblem(refund(admin, UUID.randomUUID().toString(), "k-unknown", "10.00", "EUR"), 404, "payment-not-found");
        assertProblem(refund(admin, "not-a-booking", "k-malformed", "10.00", "EUR"), 404, "payment-not-found");

        String requested = PaidStays.place(guest, PaidStays.requestToBookListing(host), parisDay(70));
        PaidStays.awaitPayment(guest, requested, "AUTHORIZED");
        assertProblem(refund(admin, requested, "k-authorized", "10.00", "EUR"), 409, "payment-not-captured");
        assertEquals(0, SupportRefundRequests.gatewayRefunds(requested));
    }

    @Test
    void badAmountsCurrenciesAndKeysAreRefused() {
        String id = captured(80);
        for (String amount : List.of("0", "-5.00", "abc", "1.234", "10000000000")) {
            assertProblem(refund(admin, id, "k-" + amount, amount, "EUR"), 400, "invalid-input");
        }
        assertProblem(refund(admin, id, "k-xyz", "10.00", "XYZ"), 400, "invalid-input");
        assertProblem(refund(admin, id, "k-usd", "10.00", "USD"), 422, "currency-mismatch");
        assertProblem(refund(admin, id, null, "10.00", "EUR"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("Idempotency-Key")));
        // the same keys as a booking's: up to 255 visible ASCII characters
        assertProblem(refund(admin, id, "k".repeat(256), "10.00", "EUR"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("Idempotency-Key")));
        assertProblem(refund(admin, id, "k with spaces", "10.00", "EUR"), 400, "invalid-input");
        assertProblem(Api.as(admin.accessToken()).header("Idempotency-Key", "k-no-reason")
                .body("{\"amount\": {\"amount\": \"10.00\", \"currency\": \"EUR\"}}").post("/admin/bookings/" + id + "/refunds"),
                400, "invalid-input");
        assertEquals("0.00", PaidStays.payment(guest, id).getString("refunded.amount"));
        assertEquals(0, SupportRefundRequests.gatewayRefunds(id));
    }

    /**
     * A payout run takes a stay's share without writing its payment: it deletes the stay's owed row and records the payout
     * item in its chunk's transaction. Here that transaction is held open (the run's two writes, by SQL) while support
     * refunds the stay: the refund waits for the run, then finds the share paid out and charges the host's balance,
     * instead of shrinking a share that has already left.
     */
    @Test
    void aRefundWhileAPayoutRunTakesTheStayWaitsForTheRunAndChargesTheHostsBalance() throws Exception {
        TestUser paidHost = TestUser.register("Refunded Mid-Run Host").asHost();
        PayoutAccounts.onboarded(paidHost);
        String id = PaidStays.completedAt(guest, paidHost, PaidStays.instantBookListing(paidHost), parisDay(100),
                Instant.now().minus(Duration.ofHours(2)));
        CompletableFuture<Response> refund;
        try (Connection run = TestDatabase.connect()) {
            run.setAutoCommit(false);
            try (PreparedStatement take = run.prepareStatement("""
                    with taken as (delete from payments.owed_shares where payment_id =
                        (select id from payments.payments where booking_id = ?::uuid) returning payment_id)
                    insert into payments.payout_items (payment_id, payout_id) select payment_id, gen_random_uuid() from taken""")) {
                take.setString(1, id);
                assertEquals(1, take.executeUpdate(), "the run took the stay's owed row");
            }
            refund = CompletableFuture.supplyAsync(() -> refund(admin, id, "mid-run-" + id, "100.00", "EUR"));
            Eventually.until("the refund waits for the run's transaction", () -> PaymentRows.number("""
                    select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
                    and query like '%owed_shares%'""") == 1);
            run.commit();
        }
        refund.get(Eventually.DEADLINE.toSeconds(), TimeUnit.SECONDS).then().statusCode(201).body("status", equalTo("SUCCEEDED"));

        assertEquals(List.of("-78.23 SUPPORT_REFUND"), PaymentRows.strings("""
                select trim(to_char(amount, 'FM999999990.00')) || ' ' || cause from payments.host_balance_adjustments
                where booking_id = ?::uuid""", id), "owed back by the host, as the share was paid out");
        assertEquals(0, PaymentRows.number("""
                select count(*) from payments.owed_shares o join payments.payments p on p.id = o.payment_id
                where p.booking_id = ?::uuid""", id), "and not owed to the host again");
    }

    @Test
    void aHostAlreadyPaidOwesTheirShareBack() {
        Instant cutoff = Instant.now().minus(Duration.ofHours(3));
        String id = PaidStays.completedAt(guest, host, listing, parisDay(90), cutoff.minus(Duration.ofHours(1)));
        LocalDate runDate = LocalDate.now(ZoneOffset.UTC).minusDays(60);
        assertEquals("COMPLETED", PayoutRuns.run(Map.of("runDate", runDate.toString(), "cutoff", cutoff.toString())).batchStatus());
        assertTrue(PaymentRows.paidOut(id));

        refund(admin, id, "late-" + id, "100.00", "EUR").then().statusCode(201).body("status", equalTo("SUCCEEDED"));

        assertEquals(List.of("-78.23 SUPPORT_REFUND"), PaymentRows.strings("""
                select trim(to_char(amount, 'FM999999990.00')) || ' ' || cause from payments.host_balance_adjustments
                where booking_id = ?::uuid and payout_id is null""", id), "owed back, netted from a later payout");
        assertEquals("-78.23", PaymentRows.strings("""
                select trim(to_char(sum(case e.side when 'DEBIT' then -e.amount else e.amount end), 'FM999999990.00'))
                from payments.ledger_entries e join payments.ledger_transactions t on t.id = e.transaction_id
                left join payments.payouts p on p.id = t.payout_id
                where e.account = 'HOST_PAYABLE' and (t.booking_id = ?::uuid or p.id = (select i.payout_id from payments.payout_items i
                join payments.payments pay on pay.id = i.payment_id where pay.booking_id = ?::uuid))""", id, id).get(0), "what the host is owed went below zero");
    }

    @Test
    void aCancellationAfterASupportRefundGivesOnlyTheRestAndSaysSo() {
        String id = captured(140);
        refund(admin, id, "before-cancel-" + id, "100.00", "EUR").then().statusCode(201).body("status", equalTo("SUCCEEDED"));

        JsonPath cancelled = PaidStays.cancel(guest, id); // weeks ahead: the policy refunds all 403.00, of which support gave 100.00
        assertEquals("303.00", cancelled.getString("refund.total.amount"), "the booking shows what the cancellation returns");
        assertEquals("SUPPORT_REFUNDS", cancelled.getString("refund.lines[-1].kind"));
        assertEquals("-100.00", cancelled.getString("refund.lines[-1].amount.amount"));

        JsonPath payment = PaidStays.awaitPayment(guest, id, "REFUNDED");
        assertEquals("403.00", payment.getString("refunded.amount"));
        assertEquals("0.00", PaidStays.payment(host, id).getString("hostPayout.amount"));
        assertEquals(Map.of("GUEST_PAYMENTS", "403.00", "REFUNDS", "-403.00"), PaymentRows.accountTotalsOfBooking(id),
                "the host, the taxes and the platform gave back exactly their shares, none below zero");
        Mailbox.Received mail = Mailbox.awaitMail(guest.email(), "Booking cancelled");
        assertEquals(true, mail.body().contains("You are refunded 303.00 EUR"), mail.body());
    }

    @Test
    void aSupportRefundBetweenTheCancellationAndItsRefundShowsOnTheBookingAsWhatWasGivenBack() {
        String id = captured(150);
        String bookingMoney = "payments.booking-money";
        EventRows.failing(bookingMoney); // payments takes the cancellation only once support has refunded part of it
        try {
            JsonPath cancelled = PaidStays.cancel(guest, id); // weeks ahead: the policy refunds all 403.00
            assertEquals("403.00", cancelled.getString("refund.total.amount"), "support had refunded nothing yet");
            refund(admin, id, "between-" + id, "100.00", "EUR").then().statusCode(201).body("status", equalTo("SUCCEEDED"));
        } finally {
            EventRows.healed(bookingMoney);
        }

        JsonPath payment = PaidStays.awaitPayment(guest, id, "REFUNDED");
        assertEquals("403.00", payment.getString("refunded.amount"), "100.00 by support, then 303.00 by the cancellation");
        assertEquals(List.of("100.00"), payment.getList("supportRefunds.amount.amount"));
        JsonPath booking = Eventually.until("booking " + id + " showing the cancellation's 303.00",
                () -> Api.as(guest.accessToken()).get("/bookings/" + id).then().statusCode(200).extract().jsonPath(),
                shown -> "303.00".equals(shown.getString("refund.total.amount")));
        assertEquals("SUPPORT_REFUNDS", booking.getString("refund.lines[-1].kind"));
        assertEquals("-100.00", booking.getString("refund.lines[-1].amount.amount"));
        assertEquals(1, booking.getList("refund.lines.findAll { it.kind == 'SUPPORT_REFUNDS' }").size());
        assertEquals(List.of("303.00"), PaymentRows.strings(
                "select trim(to_char(sum(amount), 'FM999999990.00')) from bookings.booking_refund_lines where booking_id = ?::uuid", id),
                "the stored lines add up to what the cancellation gave back");
        assertEquals(List.of("303.00"), PaymentRows.strings(
                "select trim(to_char(refund_total, 'FM999999990.00')) from bookings.bookings where id = ?::uuid", id));
        assertEquals(Map.of("GUEST_PAYMENTS", "403.00", "REFUNDS", "-403.00"), PaymentRows.accountTotalsOfBooking(id));
    }

    @Test
    void whatAHostOwesBackIsNettedFromTheirNextPayoutWhichIsNeverZeroOrNegative() {
        TestUser indebted = TestUser.register("Indebted Host").asHost();
        PayoutAccounts.onboarded(indebted);
        String indebtedListing = PaidStays.instantBookListing(indebted);
        Instant firstCutoff = Instant.now().minus(Duration.ofHours(5));
        String first = PaidStays.completedAt(guest, indebted, indebtedListing, parisDay(110), firstCutoff.minus(Duration.ofHours(1)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        payHostsUpTo(today.minusDays(59), firstCutoff);
        refund(admin, first, "netted-" + first, "100.00", "EUR").then().statusCode(201).body("status", equalTo("SUCCEEDED"));

        // the next stay's 315.25 less the 78.23 the host owes back; the debt is settled by that payout
        Instant secondCutoff = Instant.now().minus(Duration.ofHours(3));
        String second = PaidStays.completedAt(guest, indebted, indebtedListing, parisDay(120), secondCutoff.minus(Duration.ofHours(1)));
        payHostsUpTo(today.minusDays(58), secondCutoff);
        String secondRun = today.minusDays(58).toString();
        assertEquals(List.of(today.minusDays(59) + " PAID 315.25 1", secondRun + " PAID 237.02 1"), PaymentRows.payoutsOfHost(indebted.id()));
        assertEquals(List.of("-78.23 " + secondRun), PaymentRows.strings("""
                select trim(to_char(adj.amount, 'FM999999990.00')) || ' ' || po.run_key from payments.host_balance_adjustments adj
                join payments.payouts po on po.id = adj.payout_id where adj.host_id = ?::uuid""", indebted.id()));
        assertEquals("0.00", hostPayableOf(indebted), "the host is owed nothing and owes nothing");

        // owing back all of the paid second stay (315.25) and owed 315.25 for a third: no payout, both wait
        refund(admin, second, "all-of-" + second, "403.00", "EUR").then().statusCode(201).body("status", equalTo("SUCCEEDED"));
        Instant thirdCutoff = Instant.now().minus(Duration.ofHours(1));
        String third = PaidStays.completedAt(guest, indebted, indebtedListing, parisDay(130), thirdCutoff.minus(Duration.ofMinutes(30)));
        payHostsUpTo(today.minusDays(57), thirdCutoff);
        assertEquals(2, PaymentRows.payoutsOfHost(indebted.id()).size(), "no payout of nothing");
        assertFalse(PaymentRows.paidOut(third));
        assertEquals(List.of("-315.25"), PaymentRows.strings("""
                select trim(to_char(amount, 'FM999999990.00')) from payments.host_balance_adjustments
                where host_id = ?::uuid and payout_id is null""", indebted.id()), "the debt waits for a later payout");
        assertEquals("0.00", hostPayableOf(indebted));
    }

    private static void payHostsUpTo(LocalDate runDate, Instant cutoff) {
        assertEquals("COMPLETED", PayoutRuns.run(Map.of("runDate", runDate.toString(), "cutoff", cutoff.toString())).batchStatus());
    }

    /** HOST_PAYABLE for the host (credits less debits): over their payments' transactions and their payouts'. */
    private static String hostPayableOf(TestUser host) {
        return PaymentRows.strings("""
                select trim(to_char(coalesce(sum(case e.side when 'DEBIT' then -e.amount else e.amount end), 0), 'FM999999990.00'))
                from payments.ledger_entries e join payments.ledger_transactions t on t.id = e.transaction_id
                left join payments.payments pay on pay.booking_id = t.booking_id left join payments.payouts po on po.id = t.payout_id
                where e.account = 'HOST_PAYABLE' and coalesce(pay.host_id, po.host_id) = ?::uuid""", host.id()).get(0);
    }

    @Test
    void theBooksStillReconcileAfterSupportRefunds() {
        String id = captured(100);
        refund(admin, id, "reconciled-" + id, "120.00", "EUR").then().statusCode(201);
        String runDate = "2022-03-02";
        PaymentRows.execute("update payments.payments set updated_at = (?::date - 1) + time '12:00' at time zone 'UTC'"
                + " where booking_id = ?::uuid", runDate, id);

        PayoutRuns.Execution run = PayoutRuns.run(Map.of("runDate", runDate));

        assertEquals("RECONCILED", run.exitStatus());
        assertEquals(List.of("1 0"), PaymentRows.strings(
                "select payments || ' ' || differences from payments.reconciliation_runs where run_key = ?", runDate));
    }
}
