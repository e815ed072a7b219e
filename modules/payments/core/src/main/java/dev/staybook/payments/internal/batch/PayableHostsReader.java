package dev.staybook.payments.internal.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Reads the hosts that are owed money, in (host, currency) order, a page at a time. The checkpoint is
 * the last key read, so a restarted run continues after the last committed chunk.
 */
@Named("payableHostsReader")
public class PayableHostsReader extends AbstractItemReader {

    private static final int PAGE = 2_000;

    @PersistenceContext(unitName = "payments")
    EntityManager em;
    @Inject
    @BatchProperty(name = "cutoff")
    String cutoff;

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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select host_id, currency from payments.payments
                where payout_id is null and payable_at is not null and payable_at < :cutoff
                  and status in ('CAPTURED', 'PARTIALLY_REFUNDED') and host_payout > 0
                  and (host_id, currency) > (:afterHost, :afterCurrency)
                group by host_id, currency
                order by host_id, currency
                limit :page""")
                .setParameter("cutoff", Instant.parse(cutoff))
                .setParameter("afterHost", last == null ? new UUID(0, 0) : last.hostId())
                .setParameter("afterCurrency", last == null ? "" : last.currency())
                .setParameter("page", PAGE)
                .getResultList();
        rows.forEach(row -> page.add(new HostKey((UUID) row[0], ((String) row[1]).strip())));
    }
}
