package dev.staybook.messaging.internal.persistence;

import dev.staybook.messaging.internal.domain.BookingParties;
import dev.staybook.messaging.internal.domain.BookingPartiesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaBookingPartiesRepository implements BookingPartiesRepository {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Override
    public Optional<BookingParties> find(UUID bookingId) {
        return Optional.ofNullable(em.find(BookingParties.class, bookingId));
    }

    @Override
    public void add(BookingParties parties) {
        em.persist(parties);
    }
}
