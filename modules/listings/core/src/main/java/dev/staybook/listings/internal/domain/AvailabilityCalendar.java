package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.NightlyRate;
import dev.staybook.listings.api.PriceRules;
import dev.staybook.listings.api.StayRules;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The nights of one listing around a span of dates: the host's blocks and prices, and the stays bookings hold. Dates
 * are in the listing's time zone. A booked night is BOOKED whatever the host said; otherwise a blocked night is
 * BLOCKED; otherwise a night within the preparation days before a booked check-in or from a booked check-out is
 * PREPARATION; otherwise a night out of the reach of a stay booked now (its BookingWindow) is PAST, TOO_SOON or
 * BEYOND_HORIZON. Built from what the repository loaded, so it must be given every entry of the span and every booked
 * stay that overlaps it widened by the preparation days.
 */
public final class AvailabilityCalendar {

    private final PriceRules prices;
    private final StayRules rules;
    private final Map<LocalDate, CalendarEntry> entries;
    private final List<DateRange> bookedStays;

    public AvailabilityCalendar(PriceRules prices, StayRules rules, Collection<CalendarEntry> entries,
                                Collection<DateRange> bookedStays) {
        this.prices = prices;
        this.rules = rules;
        this.entries = entries.stream().collect(Collectors.toMap(CalendarEntry::night, Function.identity()));
        this.bookedStays = List.copyOf(bookedStays);
    }

    /** The span the repository must load for questions about these nights. */
    public static DateRange loadingSpan(DateRange nights, StayRules rules) {
        return new DateRange(nights.checkIn().minusDays(rules.preparationDays()), nights.checkOut().plusDays(rules.preparationDays()));
    }

    /** The span's nights as a guest booking within the window sees them. */
    public List<CalendarDay> days(DateRange span, BookingWindow window) {
        return span.nightsStream().map(night -> new CalendarDay(night, statusWithin(window, night), priceOf(night), rules.minNights(),
                noteOf(night))).toList();
    }

    /** The night's status to a guest booking within the window: an otherwise available night may be out of its reach. */
    public DayStatus statusWithin(BookingWindow window, LocalDate night) {
        DayStatus status = statusOf(night);
        return status == DayStatus.AVAILABLE ? window.statusOf(night) : status;
    }

    /** BOOKED, BLOCKED, PREPARATION or AVAILABLE, whatever the day the night is seen on. */
    public DayStatus statusOf(LocalDate night) {
        if (bookedStays.stream().anyMatch(stay -> stay.contains(night))) {
            return DayStatus.BOOKED;
        }
        CalendarEntry entry = entries.get(night);
        if (entry != null && entry.blocked()) {
            return DayStatus.BLOCKED;
        }
        DateRange self = new DateRange(night, night.plusDays(1));
        boolean preparation = rules.preparationDays() > 0
                && bookedStays.stream().anyMatch(stay -> loadingSpan(stay, rules).overlaps(self));
        return preparation ? DayStatus.PREPARATION : DayStatus.AVAILABLE;
    }

    /** No night of the stay is blocked, and no booked stay overlaps the stay widened by the preparation days. */
    public boolean isAvailable(DateRange stay) {
        DateRange widened = loadingSpan(stay, rules);
        return stay.nightsStream().noneMatch(this::isBlocked) && bookedStays.stream().noneMatch(widened::overlaps);
    }

    public boolean isBooked(DateRange nights) {
        return bookedStays.stream().anyMatch(nights::overlaps);
    }

    public List<NightlyRate> nightlyRates(DateRange stay) {
        return stay.nightsStream().map(night -> new NightlyRate(night, priceOf(night))).toList();
    }

    /** Contiguous runs of nights nobody can book: blocked by the host or booked. */
    public List<DateRange> unavailableRuns(DateRange span) {
        SortedSet<LocalDate> unavailable = span.nightsStream()
                .filter(night -> statusOf(night) == DayStatus.BOOKED || statusOf(night) == DayStatus.BLOCKED)
                .collect(Collectors.toCollection(TreeSet::new));
        return DateRange.runsOf(unavailable);
    }

    private boolean isBlocked(LocalDate night) {
        CalendarEntry entry = entries.get(night);
        return entry != null && entry.blocked();
    }

    private Money priceOf(LocalDate night) {
        CalendarEntry entry = entries.get(night);
        return entry == null || entry.priceOverride() == null ? prices.nightlyPrice()
                : Money.rounded(entry.priceOverride(), prices.nightlyPrice().currency());
    }

    private String noteOf(LocalDate night) {
        CalendarEntry entry = entries.get(night);
        return entry != null && entry.blocked() ? entry.note() : null;
    }
}
