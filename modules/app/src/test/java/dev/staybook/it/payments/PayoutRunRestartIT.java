package dev.staybook.it.payments;

import static dev.staybook.it.payments.PaidStays.parisDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A payout run that fails part-way and is restarted through the batch REST API. The fault is the worst
 * kind: the test server honours the job parameter {@code failInChunk}, which fails that chunk after its
 * transfers were made at the gateway and before its transaction commits. With one host per chunk, the
 * first chunk is paid and committed, the second dies; the restart must continue there, pay every host,
 * and find the transfer the dead chunk already made instead of making a second one. A partitioned run fails
 * in every partition that has hosts, and its restart reruns those partitions only.
 */
@SystemTest
class PayoutRunRestartIT {

    @Test
    void aRunThatFailedAfterATransferIsRestartedAndPaysEveryHostExactlyOnce() {
        List<TestUser> hosts = hostsOwedOneStay("Restart", 3, parisDay(10));
        String runDate = LocalDate.now(ZoneOffset.UTC).minusDays(90).toString();
        Map<String, String> parameters = parameters(runDate, 1);
        Instant started = Instant.now();

        parameters.put("failInChunk", "2");
        long instance = PayoutRuns.submit(parameters);
        PayoutRuns.Execution failed = PayoutRuns.awaitFinished(instance, 1);
        assertEquals("FAILED", failed.batchStatus());
        assertEquals(1, PaymentRows.number("select count(*) from payments.payouts where run_key = ? and status = 'PAID'", runDate),
                "the first chunk committed its payout");
        assertEquals(2, transfersSince(started), "the second chunk's transfer was made before it failed");

        restartAndAssertEveryHostPaidOnce(instance, parameters, hosts, started);
        assertEquals(0, PaymentRows.number("""
                select count(*) from payments.payouts p where p.run_key = ? and p.amount <> (select sum(host_payout)
                from payments.payout_items i join payments.payments pay on pay.id = i.payment_id where i.payout_id = p.id)""", runDate), "each payout pays exactly its stays");
    }

    @Test
    void aPartitionedRunThatFailedInEveryPartitionIsRestartedAndPaysEveryHostExactlyOnce() {
        List<TestUser> hosts = hostsOwedOneStay("Partitioned Restart", 4, parisDay(12));
        String runDate = LocalDate.now(ZoneOffset.UTC).minusDays(89).toString();
        Map<String, String> parameters = parameters(runDate, 2);
        Instant started = Instant.now();

        parameters.put("failInChunk", "1");
        long instance = PayoutRuns.submit(parameters);
        PayoutRuns.Execution failed = PayoutRuns.awaitFinished(instance, 1);
        assertEquals("FAILED", failed.batchStatus());
        assertEquals(0, PaymentRows.number("select count(*) from payments.payouts where run_key = ?", runDate),
                "every partition's first chunk rolled back");
        long partitionsWithHosts = transfersSince(started);
        assertTrue(partitionsWithHosts >= 1 && partitionsWithHosts <= 2, () -> "one transfer per failed partition, made " + partitionsWithHosts);

        restartAndAssertEveryHostPaidOnce(instance, parameters, hosts, started);
    }

    /** Hosts with an enabled payout account, each owed one completed stay of the same guest. */
    private static List<TestUser> hostsOwedOneStay(String name, int count, LocalDate checkIn) {
        TestUser guest = TestUser.register(name + " Guest");
        List<TestUser> hosts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TestUser host = TestUser.register(name + " Host " + i).asHost();
            PayoutAccounts.onboarded(host);
            PaidStays.completed(guest, host, PaidStays.instantBookListing(host), checkIn);
            hosts.add(host);
        }
        return hosts;
    }

    /** A run of one host per chunk, so that a fault in chunk N leaves N - 1 hosts of a partition paid. */
    private static Map<String, String> parameters(String runDate, int partitions) {
        return new HashMap<>(Map.of("runDate", runDate, "cutoff", Instant.now().toString(), "chunkSize", "1",
                "partitions", Integer.toString(partitions)));
    }

    /** Restarts the failed run without the fault; then every host has one payout and one transfer, and no more were made. */
    private static void restartAndAssertEveryHostPaidOnce(long instance, Map<String, String> parameters, List<TestUser> hosts, Instant started) {
        String runDate = parameters.get("runDate");
        parameters.remove("failInChunk");
        PayoutRuns.Execution restarted = PayoutRuns.restart(instance, parameters);

        assertEquals("COMPLETED", restarted.batchStatus(), () -> "the restart ended " + restarted);
        for (TestUser host : hosts) {
            assertEquals(List.of(runDate + " PAID 315.25 1"), PaymentRows.payoutsOfHost(host.id()), host.name());
            assertEquals(1, PaymentRows.gatewayTransfersToHost(host.id()), host.name());
        }
        assertEquals(0, PaymentRows.payoutsOfRunNotTransferredExactlyOnce(runDate));
        assertEquals(transfersSince(started), PaymentRows.number("select count(*) from payments.payouts where run_key = ?", runDate),
                "every transfer the gateway made belongs to exactly one payout of the run: the restart found the failed chunks' transfers");
        assertEquals(0, PaymentRows.unbalancedTransactions());
    }

    private static long transfersSince(Instant started) {
        return PaymentRows.number("select count(*) from payments.simulated_gateway_calls where operation = 'payout' and created_at >= ?",
                started.atOffset(ZoneOffset.UTC));
    }
}
