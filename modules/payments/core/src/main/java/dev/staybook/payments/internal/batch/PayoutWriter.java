package dev.staybook.payments.internal.batch;

import dev.staybook.payments.internal.application.HostPayouts;
import dev.staybook.payments.internal.domain.HostKey;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Pays one chunk of hosts in the chunk's transaction. {@code failInChunk} (honoured only where
 * {@code staybook.batch.fault-injection} is on, i.e. in tests and benchmarks) fails the chunk of every partition
 * that is the N-th to pay someone, after its transfers were made, the worst moment for a crash, to prove a restart
 * pays nobody twice. Chunks that pay nobody (their hosts owe more than they are owed, have no enabled payout account
 * or nothing owed from before the cutoff) are not counted.
 */
@Dependent
@Named("payoutWriter")
public class PayoutWriter extends AbstractItemWriter {

    @Inject
    HostPayouts payouts;
    @Inject
    @BatchProperty(name = "runDate")
    String runDate;
    @Inject
    @BatchProperty(name = "cutoff")
    String cutoff;
    @Inject
    @BatchProperty(name = "failInChunk")
    String failInChunk;
    @Inject
    PayoutFaultInjection faultInjection;

    private int payingChunks;

    @Override
    public void writeItems(List<Object> items) {
        List<HostKey> hosts = items.stream().map(HostKey.class::cast).toList();
        PayoutRunParameters run = PayoutRunParameters.of(runDate, cutoff);
        if (payouts.payChunk(run.runKey(), run.cutoff(), hosts.get(0), hosts.get(hosts.size() - 1)) == 0) {
            return;
        }
        payingChunks++;
        if (faultInjection.on() && failInChunk != null && !failInChunk.isBlank() && payingChunks == Integer.parseInt(failInChunk)) {
            throw new IllegalStateException("fault injected in chunk " + payingChunks + " after its transfers");
        }
    }
}
