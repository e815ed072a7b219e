package dev.staybook.reviews.internal.persistence;

import dev.staybook.reviews.internal.domain.ReviewableStay;
import dev.staybook.reviews.internal.domain.StayRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
public class JpaStayRepository implements StayRepository {

    @PersistenceContext(unitName = "reviews")
    EntityManager em;

    @Override
    public Optional<ReviewableStay> find(UUID bookingId) {
        return Optional.ofNullable(em.find(ReviewableStay.class, bookingId));
    }

    @Override
    public Optional<ReviewableStay> findForUpdate(UUID bookingId) {
        return Optional.ofNullable(em.find(ReviewableStay.class, bookingId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(ReviewableStay stay) {
        em.persist(stay);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ReviewableStay> lockClosingDue(Instant now, int limit) {
        return em.createNativeQuery("select * from reviews.stays where status = 'OPEN' and window_closes_at <= :now"
                        + " order by window_closes_at limit :limit for update skip locked", ReviewableStay.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
