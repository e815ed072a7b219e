package dev.staybook.it.payments;

import static dev.staybook.it.payments.PaidStays.parisDay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The payout run's last step compares, for the payments that moved in the two days before the cutoff,
 * what each payment says, what the ledger holds and what the gateway recorded; the job ends RECONCILED
 * or DIFFERENCES. Each test moves its payments' last change into a past window of its own and runs the
 * job for the day after it, so that it checks exactly those payments, whatever other tests left behind.
 */
@SystemTest
class ReconciliationIT {

    private static TestUser host;
    private static TestUser guest;
    private static String listing;

    @BeforeAll
    static void listing() {
        host = TestUser.register("Reconciled Host").asHost();
        guest = TestUser.register("Reconciled Guest");
        listing = PaidStays.instantBookListing(host);
    }

    /** A captured booking; with {@code cancelled}, partly refunded by the guest's late cancellation. */
    private static String charged(int daysAhead, boolean cancelled) {
        String id = PaidStays.confirmed(guest, listing, parisDay(daysAhead));
        PaidStays.awaitPayment(guest, id, "CAPTURED");
        if (cancelled) {
            PaidStays.cancel(guest, id);
            PaidStays.awaitPayment(guest, id, "PARTIALLY_REFUNDED");
        }
        return id;
    }

    /** Moves the payments' last change to noon of the day before {@code runDate} (the run's window). */
    private static void lastChangedTheDayBefore(String runDate, String... bookingIds) {
        for (String id : bookingIds) {
            PaymentRows.execute("update payments.payments set updated_at = (?::date - 1) + time '12:00' at time zone 'UTC'"
                    + " where booking_id = ?::uuid", runDate, id);
        }
    }

    @Test
    void endsReconciledWhenPaymentsLedgerAndGatewayAgree() {
        String captured = charged(30, false);
        String refunded = charged(3, true);
        String runDate = "2021-03-02";
        lastChangedTheDayBefore(runDate, captured, refunded);

        PayoutRuns.Execution run = PayoutRuns.run(Map.of("runDate", runDate));

        assertEquals("COMPLETED", run.batchStatus());
        assertEquals("RECONCILED", run.exitStatus());
        assertEquals(List.of("2 0"), PaymentRows.strings(
                "select payments || ' ' || differences from payments.reconciliation_runs where run_key = ?", runDate));
    }

    @Test
    void endsWithDifferencesWhenAGatewayRecordOrALedgerRowWasTamperedWith() {
        String gatewayTampered = charged(40, false);
        String ledgerTampered = charged(50, false);
        String untouched = charged(60, false);
        String runDate = "2021-06-02";
        lastChangedTheDayBefore(runDate, gatewayTampered, ledgerTampered, untouched);
        PaymentRows.execute("update payments.simulated_gateway_calls set amount = amount - 1 where idempotency_key = ?",
                "capture-" + gatewayTampered);
        // the ledger is append-only: an intruder can only add, here a second, balanced capture of the booking
        String extra = UUID.randomUUID().toString();
        PaymentRows.execute("insert into payments.ledger_transactions (id, kind, booking_id, currency, occurred_at)"
                + " values (?::uuid, 'CAPTURE', ?::uuid, 'EUR', now())", extra, ledgerTampered);
        PaymentRows.execute("insert into payments.ledger_entries (transaction_id, position, account, side, amount)"
                + " values (?::uuid, 0, 'GUEST_PAYMENTS', 'DEBIT', 10), (?::uuid, 1, 'PLATFORM_FEES', 'CREDIT', 10)", extra, extra);

        PayoutRuns.Execution run = PayoutRuns.run(Map.of("runDate", runDate));

        assertEquals("COMPLETED", run.batchStatus());
        assertEquals("DIFFERENCES", run.exitStatus());
        assertEquals(Set.of("GATEWAY_CAPTURE " + gatewayTampered + " 403 402", "LEDGER_CAPTURE " + ledgerTampered + " 403 413"),
                Set.copyOf(PaymentRows.strings("""
                        select kind || ' ' || subject || ' ' || trim_scale(expected::numeric) || ' ' || trim_scale(actual::numeric)
                        from payments.reconciliation_differences where run_key = ?""", runDate)));
        assertEquals(List.of("3 2"), PaymentRows.strings(
                "select payments || ' ' || differences from payments.reconciliation_runs where run_key = ?", runDate));
    }
}
