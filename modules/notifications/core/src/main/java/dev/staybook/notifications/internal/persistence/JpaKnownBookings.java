package dev.staybook.notifications.internal.persistence;

import dev.staybook.notifications.internal.domain.KnownBooking;
import dev.staybook.notifications.internal.domain.KnownBookings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaKnownBookings implements KnownBookings {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Override
    public Optional<KnownBooking> find(UUID bookingId) {
        return Optional.ofNullable(em.find(KnownBooking.class, bookingId));
    }

    @Override
    public void add(KnownBooking booking) {
        em.persist(booking);
    }
}
