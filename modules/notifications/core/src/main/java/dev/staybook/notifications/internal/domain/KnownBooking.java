package dev.staybook.notifications.internal.domain;

import dev.staybook.identity.api.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Who a booking is between, from BookingPlaced: payment events name only the booking. */
@Entity
@Table(name = "bookings")
public class KnownBooking {

    @Id
    @Column(name = "booking_id")
    private UUID bookingId;
    @Column(name = "listing_id", nullable = false)
    private UUID listingId;
    @Column(name = "guest_id", nullable = false)
    private UUID guestId;
    @Column(name = "host_id", nullable = false)
    private UUID hostId;

    protected KnownBooking() {
        // for JPA
    }

    public KnownBooking(UUID bookingId, UUID listingId, UserId guestId, UserId hostId) {
        this.bookingId = bookingId;
        this.listingId = listingId;
        this.guestId = guestId.value();
        this.hostId = hostId.value();
    }

    public UUID bookingId() {
        return bookingId;
    }

    public UUID listingId() {
        return listingId;
    }

    public UserId guestId() {
        return new UserId(guestId);
    }

    public UserId hostId() {
        return new UserId(hostId);
    }
}
