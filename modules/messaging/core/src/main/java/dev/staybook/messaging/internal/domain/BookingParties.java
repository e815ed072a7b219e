package dev.staybook.messaging.internal.domain;

import dev.staybook.identity.api.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Who a booking is between, as the bookings module announced it: the two people who may talk about it. */
@Entity
@Table(name = "booking_parties")
public class BookingParties {

    @Id
    @Column(name = "booking_id")
    private UUID bookingId;
    @Column(name = "listing_id", nullable = false)
    private UUID listingId;
    @Column(name = "guest_id", nullable = false)
    private UUID guestId;
    @Column(name = "host_id", nullable = false)
    private UUID hostId;

    protected BookingParties() {
        // for JPA
    }

    public BookingParties(UUID bookingId, UUID listingId, UserId guestId, UserId hostId) {
        this.bookingId = bookingId;
        this.listingId = listingId;
        this.guestId = guestId.value();
        this.hostId = hostId.value();
    }

    public boolean includes(UserId user) {
        return user.value().equals(guestId) || user.value().equals(hostId);
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
