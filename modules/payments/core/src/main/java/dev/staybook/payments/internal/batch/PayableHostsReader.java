package dev.staybook.payments.internal.batch;

import dev.staybook.payments.internal.domain.HostKey;
import dev.staybook.payments.internal.domain.HostRange;
import dev.staybook.payments.internal.persistence.PayoutStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the hosts of its partition's range of slots that are owed money, in (slot, host, currency) order, a page at a time.
 * The checkpoint is the last key read, so a restarted partition continues after its last committed chunk.
 * The writer's statements pay what is payable in each chunk's range of keys; hosts read that cannot be paid now (no
 * enabled payout account, nothing owed from before the cutoff, owing more than owed, paid by this run date already)
 * are left alone there.
 */
@Dependent
@Named("payableHostsReader")
public class PayableHostsReader extends AbstractItemReader {

    private static final int PAGE = 2_000;

    @Inject
    PayoutStore store;
    @Inject
    @BatchProperty(name = "firstSlot")
    String firstSlot;
    @Inject
    @BatchProperty(name = "lastSlot")
    String lastSlot;

    private final Deque<HostKey> page = new ArrayDeque<>();
    private HostRange hosts;
    private HostKey last;

    @Override
    public void open(Serializable checkpoint) {
        hosts = new HostRange(Integer.parseInt(firstSlot), Integer.parseInt(lastSlot));
        last = checkpoint == null ? hosts.start() : (HostKey) checkpoint;
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
        page.addAll(store.owedHosts(last, hosts.last(), PAGE));
    }
}
