package dev.staybook.payments.internal.batch;

import dev.staybook.payments.internal.domain.HostKey;
import dev.staybook.payments.internal.persistence.PayoutStore;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the hosts that are owed money, in (host, currency) order, a page at a time. The checkpoint is
 * the last key read, so a restarted run continues after the last committed chunk. Hosts this run date
 * already paid are skipped: what they became owed since is paid by the next run date.
 */
@Dependent
@Named("payableHostsReader")
public class PayableHostsReader extends AbstractItemReader {

    private static final int PAGE = 2_000;

    @Inject
    PayoutStore store;
    @Inject
    JobContext job;

    private final Deque<HostKey> page = new ArrayDeque<>();
    private HostKey last;

    @Override
    public void open(Serializable checkpoint) {
        last = (HostKey) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            fetchPage();
        }
        HostKey next = page.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }

    private void fetchPage() {
        PayoutRunParameters run = PayoutRunListener.of(job);
        page.addAll(store.payableHosts(run.runKey(), run.cutoff(), last, PAGE));
    }
}
