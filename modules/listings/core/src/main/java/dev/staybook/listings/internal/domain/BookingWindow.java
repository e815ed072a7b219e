package dev.staybook.listings.internal.domain;

import dev.staybook.listings.api.BookingHorizon;
import dev.staybook.listings.api.StayRules;
import java.time.LocalDate;

/**
 * The nights a stay booked now can hold, dates at the listing: from the earliest check-in (today, unless today's
 * check-in time has passed, moved on by the host's advance notice) to the booking horizon's latest check-out. The
 * same limits bookings' stay requirements apply to a quote or a booking.
 */
public record BookingWindow(LocalDate today, LocalDate earliestCheckIn, LocalDate latestCheckOut) {

    public static BookingWindow of(LocalDate today, boolean checkInTimePassed, StayRules rules) {
        LocalDate earliest = today.plusDays(rules.advanceNoticeDays());
        if (checkInTimePassed && earliest.equals(today)) {
            earliest = today.plusDays(1);
        }
        return new BookingWindow(today, earliest, BookingHorizon.latestCheckOut(today));
    }

    /** AVAILABLE for a night the window holds, otherwise why it does not. */
    public DayStatus statusOf(LocalDate night) {
        if (night.isBefore(today)) {
            return DayStatus.PAST;
        }
        if (night.isBefore(earliestCheckIn)) {
            return DayStatus.TOO_SOON;
        }
        return night.isBefore(latestCheckOut) ? DayStatus.AVAILABLE : DayStatus.BEYOND_HORIZON;
    }
}
