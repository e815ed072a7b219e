package dev.staybook.notifications.internal.domain;

import java.util.Optional;
import java.util.UUID;

/** The bookings notifications has heard of. */
public interface KnownBookings {

    Optional<KnownBooking> find(UUID bookingId);

    void add(KnownBooking booking);
}
