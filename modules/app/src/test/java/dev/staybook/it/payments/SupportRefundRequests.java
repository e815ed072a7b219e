package dev.staybook.it.payments;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import jakarta.json.Json;

/** {@code POST /admin/bookings/{id}/refunds} as a test sends it, and the ledger checks every money test ends with. */
final class SupportRefundRequests {

    private SupportRefundRequests() {
    }

    static String body(String amount, String currency, String reason) {
        return Json.createObjectBuilder()
                .add("amount", Json.createObjectBuilder().add("amount", amount).add("currency", currency))
                .add("reason", reason).build().toString();
    }

    static Response refund(TestUser caller, String bookingId, String key, String amount, String currency) {
        var request = Api.as(caller.accessToken()).body(body(amount, currency, "The heating was broken"));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/admin/bookings/" + bookingId + "/refunds");
    }

    /** How many refunds the simulated gateway made for the booking's payment. */
    static long gatewayRefunds(String bookingId) {
        return PaymentRows.number("""
                select count(*) from payments.simulated_gateway_calls c join payments.payments p on p.gateway_reference = c.reference
                where c.operation = 'refund' and p.booking_id = ?::uuid""", bookingId);
    }

    /**
     * Ledger transactions, and kinds of transaction (CAPTURE, REFUND, DISPUTE_HOLD, ...) taken together, whose debits and
     * credits differ: zero when every step balanced.
     */
    static long unbalancedTransactionsAndKinds() {
        return PaymentRows.unbalancedTransactions() + PaymentRows.number("""
                select count(*) from (select t.kind from payments.ledger_transactions t
                join payments.ledger_entries e on e.transaction_id = t.id group by t.kind
                having sum(case e.side when 'DEBIT' then e.amount else -e.amount end) <> 0) unbalanced""");
    }

    /**
     * Takes a payment a test handed to "Stripe" out of every later reconciliation window: the test server has no
     * Stripe to look it up in, and a payout run of another test whose window held it would fail its reconcile step.
     */
    static void outOfReconciliation(String bookingId) {
        PaymentRows.execute("update payments.payments set updated_at = timestamptz '2000-01-01 00:00:00+00' where booking_id = ?::uuid",
                bookingId);
    }
}
