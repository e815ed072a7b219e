package dev.staybook.payments.internal.persistence;

import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.domain.PaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaPaymentRepository implements PaymentRepository {

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Override
    public Optional<Payment> findByBooking(UUID bookingId) {
        return em.createQuery("select p from Payment p where p.bookingId = :booking", Payment.class)
                .setParameter("booking", bookingId).getResultStream().findFirst();
    }

    /**
     * Without flushing first: a payment's booking never changes, and a booking's payment is created by the delivery of its
     * BookingPlaced, which commits before any later event of that booking is delivered (one at a time, in order). The
     * flush dirty-checked every entity a batch of deliveries had loaded, once per event: 8 % of the delivery threads'
     * samples under the confirmation benchmark (JFR, modules/benchmarks/results/confirmations-flush-at-commit-85-115.md).
     */
    @Override
    public Optional<Payment> findByBookingForUpdate(UUID bookingId) {
        return em.createQuery("select p from Payment p where p.bookingId = :booking", Payment.class)
                .setParameter("booking", bookingId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }

    @Override
    public Optional<Payment> findByGatewayReferenceForUpdate(String gateway, String reference) {
        return em.createQuery("select p from Payment p where p.gateway = :gateway and p.gatewayReference = :reference", Payment.class)
                .setParameter("gateway", gateway).setParameter("reference", reference).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }

    @Override
    public void add(Payment payment) {
        em.persist(payment);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Payment> lockCapturesDue(Instant now, int limit) {
        return em.createNativeQuery("""
                select * from payments.payments where next_capture_at is not null and next_capture_at <= :now
                order by next_capture_at limit :limit for update skip locked""", Payment.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
    }
}
