package dev.staybook.payments.internal.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Reads the hosts that are owed money, in (host, currency) order, a page at a time. The checkpoint is
 * the last key read, so a restarted run continues after the last committed chunk. Hosts this run date
 * already paid are skipped: what they became owed since is paid by the next run date.
 */
@Dependent
@Named("payableHostsReader")
public class PayableHostsReader extends AbstractItemReader {

    private static final int PAGE = 2_000;

    @PersistenceContext(unitName = "payments")
    EntityManager em;
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
        @SuppressWarnings("unchecked")
        PayoutRunParameters run = PayoutRunListener.of(job);
        List<Object[]> rows = em.createNativeQuery("""
                select host_id, currency from payments.payments pay
                where payout_id is null and payable_at is not null and payable_at < :cutoff
                  and status in ('CAPTURED', 'PARTIALLY_REFUNDED') and host_payout > 0
                  and (host_id, currency) > (:afterHost, :afterCurrency)
                  and not exists (select 1 from payments.payouts po
                                  where po.run_key = :run and po.host_id = pay.host_id and po.currency = pay.currency)
                group by host_id, currency
                order by host_id, currency
                limit :page""")
                .setParameter("cutoff", run.cutoff())
                .setParameter("run", run.runKey())
                .setParameter("afterHost", last == null ? new UUID(0, 0) : last.hostId())
                .setParameter("afterCurrency", last == null ? "" : last.currency())
                .setParameter("page", PAGE)
                .getResultList();
        rows.forEach(row -> page.add(new HostKey((UUID) row[0], ((String) row[1]).strip())));
    }
}
