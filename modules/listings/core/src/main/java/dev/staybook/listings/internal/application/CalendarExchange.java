package dev.staybook.listings.internal.application;

import dev.staybook.bookings.api.StayRegister;
import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.UuidV7;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.BookingHorizon;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.event.CalendarDoubleBooked;
import dev.staybook.listings.internal.domain.AvailabilityCalendar;
import dev.staybook.listings.internal.domain.CalendarChange;
import dev.staybook.listings.internal.domain.CalendarRepository;
import dev.staybook.listings.internal.domain.CalendarSubscription;
import dev.staybook.listings.internal.domain.CalendarSubscriptionRepository;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.domain.ListingLocks;
import dev.staybook.listings.internal.domain.ListingRepository;
import dev.staybook.listings.internal.ical.CalendarEvent;
import dev.staybook.listings.internal.ical.ICalendarReader;
import dev.staybook.listings.internal.ical.ICalendarWriter;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Calendar sync with other platforms in iCalendar: the feed of unavailable nights for the next 12
 * months, and imports that block the nights of each event: one-off uploads, and subscriptions' feeds, whose
 * nights each sync replaces. Imports skip what lies in the past, stop at the booking horizon (BookingHorizon), and
 * leave booked nights as they are, naming them: a night booked here that another platform's calendar also marks taken is
 * a double booking only the host can settle. Booked means as bookings has committed it, under the listing's booking
 * lock (as a host's own blocks are checked, see CalendarService), not as the calendar's copy has caught up with its
 * events: an import racing a booking blocked its nights without a word.
 */
@ApplicationScoped
@Transactional
public class CalendarExchange {

    static final int FEED_MONTHS = 12;

    @Inject
    VisibleListings visible;
    @Inject
    ListingCalendars calendars;
    @Inject
    CalendarRepository calendar;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    ListingRepository listings;
    @Inject
    CalendarFeeds feeds;
    @Inject
    CalendarSubscriptionRepository subscriptions;
    @Inject
    StayRegister stays;
    @Inject
    ListingLocks locks;

    /**
     * What one import did: events that blocked nights, how many nights they block, and the runs of nights the calendar
     * marks taken that are booked here (left booked), earliest first.
     */
    public record ImportResult(int imported, int blockedNights, List<DateRange> doubleBooked) {

        public ImportResult {
            doubleBooked = List.copyOf(doubleBooked);
        }
    }

    /** The feed whose token is given (404 for a missing or wrong one, see {@link CalendarFeeds}). */
    public String feed(ListingId id, String token) {
        BookableListing terms = feeds.toExport(id, token).bookable();
        LocalDate today = calendars.today(terms);
        DateRange span = new DateRange(today, today.plusMonths(FEED_MONTHS));
        AvailabilityCalendar nights = calendars.around(terms, span);
        return ICalendarWriter.write(id.toString(), "Staybook: " + terms.title(), nights.unavailableRuns(span), clock.instant());
    }

    /** Authorizes first: a caller who may not manage the listing learns nothing from how its file is parsed. */
    public ImportResult importCalendar(ListingId id, Caller caller, String icalendar) {
        Listing listing = visible.toChange(id, caller);
        listing.requireNotArchived();
        ImportedNights imported = importedNights(listing.bookable(), icalendar);
        if (!imported.notes().isEmpty()) {
            calendar.block(id, imported.notes());
            outbox.publish(CalendarChanges.of(id, listing.hostId(), clock.instant()));
        }
        return imported.result();
    }

    /**
     * Makes the nights the subscription blocks those of the calendar fetched from it (the fetch began at
     * {@code fetchedFrom}), and records the success as of then. Empty when the subscription was removed meanwhile, or
     * when a copy fetched later has been applied already (the schedule's sync and a host's "sync now" may overlap): an
     * older copy of the feed never overwrites a newer one. Safe to repeat: the same calendar changes nothing.
     */
    public Optional<ImportResult> applySubscription(UUID subscriptionId, String icalendar, Instant fetchedFrom) {
        Optional<CalendarSubscription> locked = subscriptions.lock(subscriptionId);
        Instant lastSynced = locked.map(found -> found.state().lastSyncedAt()).orElse(null);
        if (locked.isEmpty() || lastSynced != null && lastSynced.isAfter(fetchedFrom)) {
            return Optional.empty();
        }
        CalendarSubscription subscription = locked.get();
        locks.exclusive(subscription.listing());
        Listing listing = listings.find(subscription.listing()).orElseThrow(VisibleListings::notFound);
        listing.requireNotArchived();
        ImportedNights imported = importedNights(listing.bookable(), icalendar);
        if (calendar.replaceSubscriptionNights(listing.id(), subscriptionId, imported.horizon(), imported.notes())) {
            outbox.publish(CalendarChanges.of(listing.id(), listing.hostId(), clock.instant()));
        }
        // as of the fetch, so that the check above compares copies of the feed by when they were taken
        ImportResult result = imported.result();
        subscriptions.recordSuccess(subscriptionId, fetchedFrom, result.imported(), result.blockedNights(), result.doubleBooked());
        List<DateRange> newlyDoubleBooked = DateRange.runsOf(newNights(subscription.state().doubleBooked(), imported.booked()));
        if (!newlyDoubleBooked.isEmpty()) {
            Instant now = clock.instant();
            outbox.publish(new CalendarDoubleBooked(UuidV7.generate(now), listing.id(), listing.hostId(), subscription.name(),
                    newlyDoubleBooked, now));
        }
        return Optional.of(result);
    }

    /** The nights of {@code current} that the runs found before ({@code earlier}; null before any was recorded) did not hold. */
    private static SortedSet<LocalDate> newNights(List<DateRange> earlier, SortedSet<LocalDate> current) {
        SortedSet<LocalDate> added = new TreeSet<>(current);
        if (earlier != null) {
            earlier.forEach(run -> run.nightsStream().forEach(added::remove));
        }
        return added;
    }

    /**
     * A calendar read for a listing: its events within the horizon, the unbooked nights they block with their notes,
     * and the booked nights they take too.
     */
    private record ImportedNights(DateRange horizon, int events, Map<LocalDate, String> notes, SortedSet<LocalDate> booked) {
        ImportResult result() {
            return new ImportResult(events, notes.size(), DateRange.runsOf(booked));
        }
    }

    private ImportedNights importedNights(BookableListing terms, String icalendar) {
        LocalDate today = calendars.today(terms);
        DateRange horizon = new DateRange(today, BookingHorizon.latestCheckOut(today));
        List<CalendarEvent> events = ICalendarReader.read(icalendar, terms.timeZone(), horizon);
        Map<LocalDate, String> notes = takenNights(horizon, events);
        SortedSet<LocalDate> booked = new TreeSet<>();
        if (!notes.isEmpty()) {
            List<DateRange> held = stays.staysHeld(terms.id(), horizon);
            notes.keySet().stream().filter(night -> held.stream().anyMatch(stay -> stay.contains(night))).forEach(booked::add);
            notes.keySet().removeAll(booked);
        }
        return new ImportedNights(horizon, events.size(), notes, booked);
    }

    /** Each night the events take within the horizon, with the first event's summary as its note. */
    private static Map<LocalDate, String> takenNights(DateRange horizon, List<CalendarEvent> events) {
        Map<LocalDate, String> notes = new TreeMap<>();
        for (CalendarEvent event : events) {
            for (DateRange nights : event.nights()) {
                LocalDate from = max(nights.checkIn(), horizon.checkIn());
                LocalDate to = min(nights.checkOut(), horizon.checkOut());
                from.datesUntil(to).forEach(night -> notes.putIfAbsent(night, note(event.summary())));
            }
        }
        return notes;
    }

    private static String note(String summary) {
        if (summary == null || summary.isBlank()) {
            return "Imported";
        }
        String text = summary.strip();
        return text.length() <= CalendarChange.MAX_NOTE ? text : text.substring(0, CalendarChange.MAX_NOTE - 1) + "…";
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
