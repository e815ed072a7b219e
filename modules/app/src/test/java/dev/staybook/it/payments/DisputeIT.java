package dev.staybook.it.payments;

import static dev.staybook.it.payments.PaidStays.parisDay;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chargebacks reported by signed {@code charge.dispute.created} and {@code charge.dispute.closed} webhooks, from Stripe
 * (the payment handed to Stripe in the database, as StripeWebhookIT does) and from the simulated gateway: the host's
 * share of the disputed amount is held, then released (won) or sent out with the disputed amount (lost), each step a
 * balanced ledger transaction. Captured stays are the fixture's: 403.00 of which 315.25 host, 32.50 taxes, 55.25 fees.
 */
@SystemTest
class DisputeIT {

    private static final List<String> HANDED_TO_STRIPE = new CopyOnWriteArrayList<>();
    private static TestUser host;
    private static TestUser guest;
    private static String listing;

    @BeforeAll
    static void listing() {
        host = TestUser.register("Disputed Host").asHost();
        PayoutAccounts.onboarded(host); // the payout run pays only hosts who can receive payouts
        guest = TestUser.register("Disputing Guest");
        listing = PaidStays.instantBookListing(host);
    }

    @AfterAll
    static void everyStepBalanced() {
        HANDED_TO_STRIPE.forEach(SupportRefundRequests::outOfReconciliation);
        assertEquals(0, SupportRefundRequests.unbalancedTransactionsAndKinds());
    }

    private static String captured(int daysAhead) {
        String id = PaidStays.confirmed(guest, listing, parisDay(daysAhead));
        PaidStays.awaitPayment(guest, id, "CAPTURED");
        return id;
    }

    private static String reference(String bookingId) {
        return PaymentRows.strings("select gateway_reference from payments.payments where booking_id = ?::uuid", bookingId).get(0);
    }

    private static String handedToStripe(String bookingId) {
        HANDED_TO_STRIPE.add(bookingId);
        String intent = "pi_" + bookingId.replace("-", "");
        PaymentRows.execute("update payments.payments set gateway = 'stripe', gateway_reference = ? where booking_id = ?::uuid",
                intent, bookingId);
        return intent;
    }

    private static List<String> openDisputeIds() {
        return Api.as(PaidStays.administrator().accessToken()).queryParam("limit", 100).get("/admin/disputes")
                .then().statusCode(200).extract().jsonPath().getList("items.gatewayDisputeId");
    }

    @Test
    void aDisputeTheGatewayReportsHoldsTheHostsShareUntilItIsWon() {
        String id = captured(30);
        String dispute = "dp_sim_" + id;
        String opened = StripeEvents.dispute("charge.dispute.created", dispute, reference(id), 40300, "needs_response");

        StripeEvents.sendSigned("simulated", opened).then().statusCode(200).body("result", equalTo("applied"));
        StripeEvents.sendSigned("simulated", opened).then().statusCode(200).body("result", equalTo("duplicate"));
        StripeEvents.sendSigned("simulated", StripeEvents.dispute("charge.dispute.created", dispute, reference(id), 40300, "needs_response"))
                .then().statusCode(200).body("result", equalTo("ignored"));

        assertEquals("0.00", PaidStays.payment(host, id).getString("hostPayout.amount"), "nothing of it is paid out while held");
        assertEquals(Map.of("GUEST_PAYMENTS", "403.00", "DISPUTE_HOLDS", "-315.25", "TAXES_PAYABLE", "-32.50",
                "PLATFORM_FEES", "-55.25"), PaymentRows.accountTotalsOfBooking(id));
        JsonPath open = Api.as(PaidStays.administrator().accessToken()).queryParam("limit", 100).get("/admin/disputes")
                .then().statusCode(200).extract().jsonPath();
        int index = open.getList("items.gatewayDisputeId").indexOf(dispute);
        assertTrue(index >= 0, "the open dispute is listed for support");
        assertEquals("315.25", open.getString("items[" + index + "].heldFromHost.amount"));
        assertEquals(id, open.getString("items[" + index + "].bookingId"));

        StripeEvents.sendSigned("simulated", StripeEvents.dispute("charge.dispute.closed", dispute, reference(id), 40300, "won"))
                .then().statusCode(200).body("result", equalTo("applied"));

        assertEquals("315.25", PaidStays.payment(host, id).getString("hostPayout.amount"));
        assertEquals(Map.of("GUEST_PAYMENTS", "403.00", "HOST_PAYABLE", "-315.25", "TAXES_PAYABLE", "-32.50",
                "PLATFORM_FEES", "-55.25"), PaymentRows.accountTotalsOfBooking(id));
        assertEquals(List.of("CAPTURE", "DISPUTE_HOLD", "DISPUTE_RELEASE"), PaymentRows.transactionKindsOfBooking(id));
        assertFalse(openDisputeIds().contains(dispute));
    }

    @Test
    void noticesOfOneCloseArrivingTogetherDecideTheDisputeOnce() throws Exception {
        String id = captured(70);
        String dispute = "dp_sim_race_" + id;
        StripeEvents.sendSigned("simulated", StripeEvents.dispute("charge.dispute.created", dispute, reference(id), 40300, "needs_response"))
                .then().statusCode(200).body("result", equalTo("applied"));

        List<Callable<String>> notices = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String closed = StripeEvents.dispute("charge.dispute.closed", dispute, reference(id), 40300, i % 2 == 0 ? "lost" : "won");
            notices.add(() -> StripeEvents.sendSigned("simulated", closed).then().statusCode(200).extract().path("result"));
        }
        ExecutorService gateway = Executors.newFixedThreadPool(notices.size());
        try {
            List<String> results = new ArrayList<>();
            for (Future<String> result : gateway.invokeAll(notices)) {
                results.add(result.get());
            }
            assertEquals(1, results.stream().filter("applied"::equals).count(), results.toString());
        } finally {
            gateway.shutdown();
        }
        List<String> kinds = PaymentRows.transactionKindsOfBooking(id);
        assertEquals(3, kinds.size(), "one hold and one decision: " + kinds);
        assertEquals(List.of("CAPTURE", "DISPUTE_HOLD"), kinds.subList(0, 2));
    }

    @Test
    void supportRefundsNothingTheBankDisputesUntilTheDisputeIsWon() {
        String id = captured(80);
        String dispute = "dp_sim_refund_" + id;
        TestUser admin = PaidStays.administrator();
        StripeEvents.sendSigned("simulated", StripeEvents.dispute("charge.dispute.created", dispute, reference(id), 40300, "needs_response"))
                .then().statusCode(200).body("result", equalTo("applied"));
        assertProblem(SupportRefundRequests.refund(admin, id, "disputed-" + id, "403.00", "EUR"), 409, "payment-disputed");

        StripeEvents.sendSigned("simulated", StripeEvents.dispute("charge.dispute.closed", dispute, reference(id), 40300, "won"))
                .then().statusCode(200).body("result", equalTo("applied"));
        SupportRefundRequests.refund(admin, id, "won-" + id, "10.00", "EUR").then().statusCode(201);
    }

    @Test
    void aLostStripeDisputeSendsTheDisputedAmountOutOfEveryShare() {
        String id = captured(40);
        String intent = handedToStripe(id);
        String dispute = "dp_" + id.replace("-", "");

        StripeEvents.sendSigned(StripeEvents.dispute("charge.dispute.created", dispute, intent, 10000, "needs_response"))
                .then().statusCode(200).body("result", equalTo("applied"));
        assertEquals("237.02", PaidStays.payment(host, id).getString("hostPayout.amount"), "100/403 of 315.25 held");
        assertTrue(openDisputeIds().contains(dispute));

        StripeEvents.sendSigned(StripeEvents.dispute("charge.dispute.closed", dispute, intent, 10000, "lost"))
                .then().statusCode(200).body("result", equalTo("applied"));
        StripeEvents.sendSigned(StripeEvents.dispute("charge.dispute.closed", dispute, intent, 10000, "won"))
                .then().statusCode(200).body("result", equalTo("ignored"));

        assertEquals("237.02", PaidStays.payment(host, id).getString("hostPayout.amount"), "the held share is gone");
        assertEquals("CAPTURED", PaidStays.payment(guest, id).getString("status"));
        assertEquals(Map.of("GUEST_PAYMENTS", "403.00", "CHARGEBACKS", "-100.00", "HOST_PAYABLE", "-237.02",
                "TAXES_PAYABLE", "-24.44", "PLATFORM_FEES", "-41.54"), PaymentRows.accountTotalsOfBooking(id));
        assertEquals(List.of("CAPTURE", "DISPUTE_HOLD", "DISPUTE_LOSS"), PaymentRows.transactionKindsOfBooking(id));
        assertFalse(openDisputeIds().contains(dispute));
    }

    @Test
    void aDisputeAfterThePayoutIsOwedBackUntilItIsWon() {
        Instant cutoff = Instant.now().minus(Duration.ofHours(3));
        String id = PaidStays.completedAt(guest, host, listing, parisDay(50), cutoff.minus(Duration.ofHours(1)));
        LocalDate runDate = LocalDate.now(ZoneOffset.UTC).minusDays(59);
        assertEquals("COMPLETED", PayoutRuns.run(Map.of("runDate", runDate.toString(), "cutoff", cutoff.toString())).batchStatus());
        String dispute = "dp_sim_paid_" + id;

        StripeEvents.sendSigned("simulated", StripeEvents.dispute("charge.dispute.created", dispute, reference(id), 40300, "needs_response"))
                .then().statusCode(200).body("result", equalTo("applied"));
        assertEquals(List.of("-315.25 DISPUTE_HOLD"), adjustments(id));

        StripeEvents.sendSigned("simulated", StripeEvents.dispute("charge.dispute.closed", dispute, reference(id), 40300, "won"))
                .then().statusCode(200).body("result", equalTo("applied"));
        assertEquals(List.of("-315.25 DISPUTE_HOLD", "315.25 DISPUTE_RELEASE"), adjustments(id), "nets to nothing owed");
    }

    @Test
    void aBadlySignedDisputeChangesNothing() {
        String id = captured(60);
        String event = StripeEvents.dispute("charge.dispute.created", "dp_forged_" + id, reference(id), 40300, "needs_response");

        assertProblem(Api.anonymous().body(event).header("Stripe-Signature",
                StripeEvents.signature(event, "whsec_not_the_secret", Instant.now())).post("/payments/webhooks/simulated"), 400, "invalid-input");

        assertEquals(List.of("CAPTURE"), PaymentRows.transactionKindsOfBooking(id));
        assertEquals(0, PaymentRows.number("select count(*) from payments.disputes where booking_id = ?::uuid", id));
    }

    @Test
    void onlyAdministratorsSeeDisputes() {
        assertProblem(Api.as(host.accessToken()).get("/admin/disputes"), 403, "role-required");
        assertProblem(Api.anonymous().get("/admin/disputes"), 401, "authentication-required");
        assertProblem(Api.as(PaidStays.administrator().accessToken()).queryParam("limit", 0).get("/admin/disputes"), 400, "invalid-input");
        assertProblem(Api.as(PaidStays.administrator().accessToken()).queryParam("cursor", "nonsense").get("/admin/disputes"),
                400, "invalid-input");
    }

    private static List<String> adjustments(String bookingId) {
        return PaymentRows.strings("""
                select trim(to_char(amount, 'FM999999990.00')) || ' ' || cause from payments.host_balance_adjustments
                where booking_id = ?::uuid order by created_at, id""", bookingId);
    }
}
