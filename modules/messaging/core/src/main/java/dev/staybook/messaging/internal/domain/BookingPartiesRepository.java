package dev.staybook.messaging.internal.domain;

import java.util.Optional;
import java.util.UUID;

/** The bookings messaging has heard of. */
public interface BookingPartiesRepository {

    Optional<BookingParties> find(UUID bookingId);

    void add(BookingParties parties);
}
