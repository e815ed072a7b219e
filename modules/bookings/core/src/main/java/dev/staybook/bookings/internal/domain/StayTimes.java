package dev.staybook.bookings.internal.domain;

import dev.staybook.kernel.DateRange;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a stay begins and ends as instants: the check-in date at the listing's check-in time and the
 * check-out date at its check-out time, both in the listing's time zone. A local time that a daylight
 * saving change skips is moved forward by the gap, as the guest's clock would be.
 */
public record StayTimes(Instant checkInAt, Instant checkOutAt) {

    public static StayTimes of(DateRange stay, ZoneId zone, LocalTime checkInFrom, LocalTime checkOutUntil) {
        return new StayTimes(
                ZonedDateTime.of(stay.checkIn(), checkInFrom, zone).toInstant(),
                ZonedDateTime.of(stay.checkOut(), checkOutUntil, zone).toInstant());
    }
}
