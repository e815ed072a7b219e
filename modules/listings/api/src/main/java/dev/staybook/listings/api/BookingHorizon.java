package dev.staybook.listings.api;

import java.time.LocalDate;

/**
 * How far ahead stays are booked and nights are changed: two years of nights from today at the listing (the last
 * of 730 nights from tomorrow checks out {@link #DAYS} days after today). It bounds what a listing's calendar can
 * hold ahead, and so the size of its night summaries.
 */
public final class BookingHorizon {

    public static final int DAYS = 731;

    private BookingHorizon() {
    }

    /** The latest check-out (and end of a calendar change) on the given day at the listing. */
    public static LocalDate latestCheckOut(LocalDate today) {
        return today.plusDays(DAYS);
    }
}
