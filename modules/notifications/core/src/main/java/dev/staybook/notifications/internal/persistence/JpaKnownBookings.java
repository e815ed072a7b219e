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
    public void addIfAbsent(KnownBooking booking) {
        em.createNativeQuery("insert into notifications.bookings (booking_id, listing_id, guest_id, host_id)"
                        + " values (:booking, :listing, :guest, :host) on conflict (booking_id) do nothing")
                .setParameter("booking", booking.bookingId())
                .setParameter("listing", booking.listingId())
                .setParameter("guest", booking.guestId().value())
                .setParameter("host", booking.hostId().value())
                .executeUpdate();
    }
}
