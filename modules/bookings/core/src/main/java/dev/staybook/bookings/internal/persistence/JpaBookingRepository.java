package dev.staybook.bookings.internal.persistence;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.internal.domain.Booking;
import dev.staybook.bookings.internal.domain.BookingRepository;
import dev.staybook.jdbc.ViolatedConstraint;
import dev.staybook.kernel.error.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaBookingRepository implements BookingRepository {

    static final String NO_OVERLAP = "bookings_no_overlapping_stays";

    @PersistenceContext(unitName = "bookings")
    EntityManager em;

    @Override
    public Optional<Booking> find(UUID id) {
        return Optional.ofNullable(em.find(Booking.class, id));
    }

    @Override
    public void add(Booking booking) {
        try {
            em.persist(booking);
            em.flush();
        } catch (PersistenceException e) {
            if (ViolatedConstraint.in(e).filter(c -> c.is(ViolatedConstraint.Kind.EXCLUSION, NO_OVERLAP)).isPresent()) {
                throw new Conflict("dates-unavailable", "Those dates were just booked by someone else.");
            }
            throw e;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Instant> lockUnpaidDeadlinesOf(UUID guestId) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('bookings.unpaid-holds:' || ?1, 0))")
                .setParameter(1, guestId.toString()).getSingleResult();
        return em.createNativeQuery("SELECT payment_due_at FROM bookings.bookings WHERE guest_id = ?1 AND status = ?2"
                        + " ORDER BY payment_due_at", Instant.class)
                .setParameter(1, guestId).setParameter(2, BookingStatus.PENDING_PAYMENT.name()).getResultList();
    }

    @Override
    public List<Booking> pageForGuest(UUID guestId, BookingStatus status, Position after, int limit) {
        return page("b.guestId = :party", guestId, status, after, limit);
    }

    @Override
    public List<Booking> pageForHost(UUID hostId, BookingStatus status, Position after, int limit) {
        return page("b.hostId = :party", hostId, status, after, limit);
    }

    /** Newest first by (createdAt, id); the cursor is the last booking shown. */
    private List<Booking> page(String partyCondition, UUID party, BookingStatus status, Position after, int limit) {
        StringBuilder jpql = new StringBuilder("select b from Booking b where ").append(partyCondition);
        if (status != null) {
            jpql.append(" and b.status = :status");
        }
        if (after != null) {
            jpql.append(" and (b.createdAt < :afterCreated or (b.createdAt = :afterCreated and b.id < :afterId))");
        }
        TypedQuery<Booking> query = em.createQuery(jpql.append(" order by b.createdAt desc, b.id desc").toString(), Booking.class)
                .setParameter("party", party)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (after != null) {
            query.setParameter("afterCreated", after.createdAt()).setParameter("afterId", after.id());
        }
        return query.getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Booking> lockDue(BookingStatus status, Deadline deadline, Instant now, int limit) {
        // the column comes from the enum, never from input
        String sql = "select * from bookings.bookings where status = :status and " + deadline.column() + " <= :now"
                + " order by " + deadline.column() + " limit :limit for update skip locked";
        return em.createNativeQuery(sql, Booking.class)
                .setParameter("status", status.name())
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
