package dev.staybook.listings.internal.domain;

import dev.staybook.listings.api.BookingHorizon;
import dev.staybook.listings.api.StayRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The nights a stay booked now can hold, dates at the listing: from the earliest check-in (today, unless today's
 * check-in time has passed, moved on by the host's advance notice) to the booking horizon's latest check-out. The
 * same limits bookings' stay requirements apply to a quote or a booking. Search and wishlists apply it in SQL, to every
 * listing at once (StaySql); the static tests below tell them which of its limits can bind some listing at all.
 */
public record BookingWindow(LocalDate today, LocalDate earliestCheckIn, LocalDate latestCheckOut) {

    /** Where a date begins first and ends last: today at any listing is today at one of these offsets or between. */
    private static final ZoneOffset FIRST_TO_BEGIN = ZoneOffset.ofHours(14);
    private static final ZoneOffset LAST_TO_END = ZoneOffset.ofHours(-12);

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

    /**
     * Whether the check-in time on {@code checkIn} may have come by {@code now} at some listing: not before that day has
     * begun somewhere (first at UTC+14), since no listing checks in before midnight.
     */
    public static boolean checkInTimeMayHaveCome(LocalDate checkIn, Instant now) {
        return !checkIn.isAfter(LocalDate.ofInstant(now, FIRST_TO_BEGIN));
    }

    /**
     * Whether {@code checkOut} may lie beyond the booking horizon of some listing at {@code now}: the nearest horizon is
     * the one counted from the earliest today on Earth (UTC-12).
     */
    public static boolean mayPassTheHorizon(LocalDate checkOut, Instant now) {
        return checkOut.isAfter(BookingHorizon.latestCheckOut(LocalDate.ofInstant(now, LAST_TO_END)));
    }
}
