package dev.staybook.listings.internal.application;

import dev.staybook.bookings.api.StayRegister;
import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.CalendarChange;
import dev.staybook.listings.internal.domain.CalendarDay;
import dev.staybook.listings.internal.domain.CalendarRepository;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reading a listing's availability calendar and the host's changes to it, all of them in one transaction. */
@ApplicationScoped
@Transactional
public class CalendarService {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    @Inject
    VisibleListings visible;
    @Inject
    ListingCalendars calendars;
    @Inject
    CalendarRepository calendar;
    @Inject
    StayRegister stays;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;

    /** From defaults to today where the listing is, to to 30 days later; at most 366 days. */
    public CalendarView view(ListingId id, Optional<Caller> caller, LocalDate from, LocalDate to) {
        Listing listing = visible.toView(id, caller);
        BookableListing terms = listing.bookable();
        LocalDate start = from != null ? from : calendars.today(terms);
        LocalDate end = to != null ? to : start.plusDays(DEFAULT_DAYS);
        if (!end.isAfter(start)) {
            throw InvalidInput.field("to", "must be after from");
        }
        DateRange span = new DateRange(start, end);
        if (span.nights() > MAX_DAYS) {
            throw InvalidInput.field("to", "must be at most %d days after from".formatted(MAX_DAYS));
        }
        return view(listing, span, caller.filter(listing::isManagedBy).isPresent());
    }

    /**
     * Applies every change or none; blocking a booked night is refused with 409. Booked as bookings has committed it
     * (StayRegister, under the listing's booking lock), not as the calendar's copy has caught up with its events.
     */
    public CalendarView change(ListingId id, Caller caller, List<CalendarChange> changes) {
        Listing listing = visible.toChange(id, caller);
        listing.requireNotArchived();
        BookableListing terms = listing.bookable();
        CalendarChange.check(changes, calendars.today(terms), terms.priceRules().nightlyPrice().currency());
        for (CalendarChange change : changes) {
            if (change.availability() == CalendarChange.Availability.BLOCKED && !stays.staysHeld(id, change.nights()).isEmpty()) {
                throw new Conflict("dates-booked", "Nights between %s and %s are booked and cannot be blocked."
                        .formatted(change.nights().checkIn(), change.nights().checkOut()));
            }
            calendar.apply(id, change);
        }
        outbox.publish(CalendarChanges.of(id, listing.hostId(), clock.instant()));
        LocalDate from = changes.stream().map(c -> c.nights().checkIn()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = changes.stream().map(c -> c.nights().checkOut()).max(Comparator.naturalOrder()).orElseThrow();
        return view(listing, new DateRange(from, to), true);
    }

    private CalendarView view(Listing listing, DateRange span, boolean withNotes) {
        BookableListing terms = listing.bookable();
        List<CalendarDay> days = calendars.around(terms, span).days(span, calendars.bookingWindow(terms));
        if (!withNotes) {
            days = days.stream().map(d -> new CalendarDay(d.date(), d.status(), d.price(), d.minNights(), null)).toList();
        }
        return new CalendarView(listing.id(), terms.timeZone(), days);
    }
}
