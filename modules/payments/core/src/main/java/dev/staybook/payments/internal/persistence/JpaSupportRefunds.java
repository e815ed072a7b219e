package dev.staybook.payments.internal.persistence;

import dev.staybook.payments.internal.domain.SupportRefund;
import dev.staybook.payments.internal.domain.SupportRefundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction, which holds the payment's lock: one request per booking at a time. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSupportRefunds implements SupportRefundRepository {

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Override
    public Optional<SupportRefund> find(UUID bookingId, String idempotencyKey) {
        return Optional.ofNullable(em.find(SupportRefund.class, SupportRefund.idOf(bookingId, idempotencyKey)));
    }

    @Override
    public List<SupportRefund> ofBooking(UUID bookingId) {
        return em.createQuery("select r from SupportRefund r where r.bookingId = :booking order by r.createdAt, r.id",
                SupportRefund.class).setParameter("booking", bookingId).getResultList();
    }

    @Override
    public void add(SupportRefund refund) {
        em.persist(refund);
    }
}
