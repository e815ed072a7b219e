package dev.staybook.listings.internal.application;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.internal.domain.AvailabilityCalendar;
import dev.staybook.listings.internal.domain.BookingWindow;
import dev.staybook.listings.internal.domain.CalendarRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Loads a listing's calendar around a span: its entries, and the booked stays its preparation days reach. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ListingCalendars {

    @Inject
    CalendarRepository calendar;
    @Inject
    Clock clock;

    public AvailabilityCalendar around(BookableListing listing, DateRange span) {
        DateRange loading = AvailabilityCalendar.loadingSpan(span, listing.stayRules());
        return new AvailabilityCalendar(listing.priceRules(), listing.stayRules(), calendar.entries(listing.id(), span),
                calendar.bookedStays(listing.id(), loading));
    }

    /** The nights a stay booked now can hold. */
    public BookingWindow bookingWindow(BookableListing listing) {
        LocalDate today = today(listing);
        boolean checkInTimePassed = !clock.instant().isBefore(today.atTime(listing.checkInFrom()).atZone(listing.timeZone()).toInstant());
        return BookingWindow.of(today, checkInTimePassed, listing.stayRules());
    }

    /** Today's date where the listing is. */
    public LocalDate today(BookableListing listing) {
        return LocalDate.now(clock.withZone(listing.timeZone()));
    }
}
