package dev.staybook.payments.internal.persistence;

import dev.staybook.payments.internal.domain.Dispute;
import dev.staybook.payments.internal.domain.DisputeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaDisputes implements DisputeRepository {

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Override
    public Optional<Dispute> find(String gateway, String gatewayDisputeId) {
        return em.createQuery("select d from Dispute d where d.gateway = :gateway and d.gatewayDisputeId = :id", Dispute.class)
                .setParameter("gateway", gateway).setParameter("id", gatewayDisputeId).getResultStream().findFirst();
    }

    @Override
    public void add(Dispute dispute) {
        em.persist(dispute);
    }

    @Override
    public boolean disputedAndNotWon(UUID bookingId) {
        return !em.createQuery("select d.id from Dispute d where d.bookingId = :booking"
                        + " and d.status <> dev.staybook.payments.internal.domain.Dispute.Status.WON", UUID.class)
                .setParameter("booking", bookingId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Dispute> open(Instant afterOpenedAt, UUID afterId, int limit) {
        // keyset over the partial index disputes_open_idx (opened_at, id)
        String after = afterOpenedAt == null ? "" : " and (d.openedAt > :at or (d.openedAt = :at and d.id > :id))";
        var query = em.createQuery("select d from Dispute d where d.status = dev.staybook.payments.internal.domain.Dispute.Status.OPEN"
                + after + " order by d.openedAt, d.id", Dispute.class).setMaxResults(limit);
        if (afterOpenedAt != null) {
            query.setParameter("at", afterOpenedAt).setParameter("id", afterId);
        }
        return query.getResultList();
    }
}
