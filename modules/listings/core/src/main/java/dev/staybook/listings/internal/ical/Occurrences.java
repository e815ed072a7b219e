package dev.staybook.listings.internal.ical;

import dev.staybook.kernel.DateRange;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TemporalAmountAdapter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The nights each occurrence of a VEVENT takes at the listing. The rules are expanded by ical4j's {@link Recur};
 * exceptions (EXDATE) are matched to occurrences by instant, so an EXDATE written in UTC still cancels an occurrence
 * written in Europe/Berlin. An occurrence lasts as long as the event (DTEND or DURATION; one night when that is missing,
 * zero or negative), one that an RDATE period adds lasts as long as its period. Expansion is bounded, since ical4j steps
 * from DTSTART one period at a time: rules more frequent than daily are refused (a night is the unit here; an hourly rule
 * from year 1 costs half a minute), a daily or weekly rule without COUNT starts stepping just before the span (the same
 * occurrences), one with COUNT may start at most {@link #LONGEST_COUNTED_YEARS} years before it, and a whole file (one
 * {@link Budget}) may expand to at most {@link #MOST_PER_FILE} occurrences: every one a rule yields within the span (from
 * DTSTART for a rule with COUNT, which ical4j steps through to count) and every RDATE. A file needing more is refused
 * when the budget runs out, never cut short: the nights left out would stay open to bookings.
 */
final class Occurrences {

    /** A daily rule with a few BYHOUR values over the whole booking horizon (two years) fits, or 27 plain daily rules. */
    static final int MOST_PER_FILE = 20_000;
    static final int LONGEST_COUNTED_YEARS = 100;

    /** What is left of one file's {@link #MOST_PER_FILE} occurrences, spent by its events in turn. */
    static final class Budget {

        private int left = MOST_PER_FILE;

        /** The most occurrences a rule is asked for: one more than is left, so that a rule going over shows. */
        int limit() {
            return left + 1;
        }

        void spend(int occurrences) {
            spend(occurrences, "");
        }

        void spend(int occurrences, String howCounted) {
            if (occurrences > left) {
                throw new MalformedCalendar("the calendar has more than " + MOST_PER_FILE + " occurrences within the booking horizon"
                        + howCounted);
            }
            left -= occurrences;
        }
    }

    private Occurrences() {
    }

    static List<DateRange> nights(VEvent event, ZoneId zone, DateRange span, Budget budget) {
        DtStart<Temporal> dtstart = event.getDateTimeStart();
        if (dtstart == null || dtstart.getDate() == null) {
            throw new MalformedCalendar("a VEVENT has no DTSTART");
        }
        Temporal seed = dtstart.getDate();
        TemporalAmount length = length(event, seed);
        Temporal from = StayTime.startOf(span.checkIn(), seed, zone);
        Temporal to = StayTime.startOf(span.checkOut(), seed, zone);
        // an occurrence that starts before the span may still reach into it
        Temporal windowStart = StayTime.minus(from, length).minus(1, ChronoUnit.DAYS);
        Map<Temporal, TemporalAmount> occurrences = new LinkedHashMap<>();
        occurrences.put(seed, length);
        List<RRule<Temporal>> rules = event.getProperties(Property.RRULE);
        for (RRule<Temporal> rule : rules) {
            Recur<Temporal> recur = rule.getRecur();
            requireBounded(recur, seed, from);
            // ical4j steps a rule with COUNT from DTSTART to count it: all it steps through is spent, and so limited
            boolean counted = recur.getCount() > 0;
            List<Temporal> starts = recur.getDates(closeTo(recur, seed, windowStart), counted ? seed : windowStart, to, budget.limit());
            budget.spend(starts.size(), counted ? " (RRULE " + recur + " counts from DTSTART)" : "");
            starts.forEach(start -> occurrences.putIfAbsent(start, length));
        }
        addExtraDates(event, length, budget, occurrences);
        Set<Object> excluded = new HashSet<>();
        exceptions(event).forEach(exception -> excluded.add(StayTime.key(exception, zone)));
        List<DateRange> nights = new ArrayList<>();
        occurrences.forEach((start, lasting) -> {
            if (!excluded.contains(StayTime.key(start, zone))) {
                DateRange occurrence = StayTime.nights(start, StayTime.plus(start, lasting), zone);
                if (occurrence.overlaps(span)) {
                    nights.add(occurrence);
                }
            }
        });
        return nights;
    }

    /** DTEND minus DTSTART, or DURATION, or nothing (one night, see {@link StayTime#nights}). */
    private static TemporalAmount length(VEvent event, Temporal seed) {
        DtEnd<Temporal> dtend = event.getDateTimeEnd();
        if (dtend != null && dtend.getDate() != null) {
            return positiveOrNone(TemporalAmountAdapter.between(seed, dtend.getDate()).getDuration());
        }
        if (event.getDuration() != null) {
            return positiveOrNone(event.getDuration().getDuration());
        }
        return Duration.ZERO;
    }

    /**
     * A length ending before (or at) its start counts as none, one night per occurrence, as a single event's does: a
     * negative one would also move the window rules are expanded in ahead of the span, losing occurrences.
     */
    private static TemporalAmount positiveOrNone(TemporalAmount length) {
        boolean none = length instanceof Duration duration ? duration.isNegative() || duration.isZero()
                : length instanceof java.time.Period period && (period.isNegative() || period.isZero());
        return none ? Duration.ZERO : length;
    }

    private static void requireBounded(Recur<Temporal> recur, Temporal seed, Temporal from) {
        Frequency frequency = recur.getFrequency();
        if (frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY || frequency == Frequency.HOURLY
                || recur.getSecondList().size() > 1 || recur.getMinuteList().size() > 1) {
            throw new MalformedCalendar("RRULE " + recur + " repeats more often than daily, which no stay calendar needs");
        }
        if (recur.getCount() > 0 && ChronoUnit.YEARS.between(StayTime.dateAt(seed, java.time.ZoneOffset.UTC),
                StayTime.dateAt(from, java.time.ZoneOffset.UTC)) > LONGEST_COUNTED_YEARS) {
            throw new MalformedCalendar("RRULE " + recur + " counts from more than " + LONGEST_COUNTED_YEARS + " years ago");
        }
    }

    /**
     * A start for stepping a daily or weekly rule without COUNT, a whole number of its periods after DTSTART and just
     * before {@code windowStart}: it yields the same occurrences in the window, without stepping through the years
     * before it. Calendar days are added, so a local time stays the same across daylight saving changes.
     */
    private static Temporal closeTo(Recur<Temporal> recur, Temporal seed, Temporal windowStart) {
        Frequency frequency = recur.getFrequency();
        if (recur.getCount() > 0 || frequency != Frequency.DAILY && frequency != Frequency.WEEKLY) {
            return seed;
        }
        long step = (long) Math.max(1, recur.getInterval()) * (frequency == Frequency.WEEKLY ? 7 : 1);
        long days = ChronoUnit.DAYS.between(StayTime.dateAt(seed, java.time.ZoneOffset.UTC), StayTime.dateAt(windowStart, java.time.ZoneOffset.UTC));
        long periods = days / step - 1;
        return periods > 0 ? seed.plus(periods * step, ChronoUnit.DAYS) : seed;
    }

    /**
     * Every RDATE, spent from the budget: a date or date-time lasting as long as the event, a period (RFC 5545 allows
     * {@code RDATE;VALUE=PERIOD:start/end} or {@code start/duration}) starting at its start and lasting as long as it.
     */
    private static void addExtraDates(VEvent event, TemporalAmount length, Budget budget, Map<Temporal, TemporalAmount> occurrences) {
        List<RDate<Temporal>> rdates = event.getProperties(Property.RDATE);
        for (RDate<Temporal> rdate : rdates) {
            Optional<Set<Period<Temporal>>> periods = rdate.getPeriods();
            if (periods.isPresent()) {
                budget.spend(periods.get().size());
                periods.get().forEach(period -> occurrences.put(period.getStart(), positiveOrNone(period.getDuration())));
            } else {
                budget.spend(rdate.getDates().size());
                rdate.getDates().forEach(date -> occurrences.putIfAbsent(date, length));
            }
        }
    }

    /** The dates of every EXDATE. */
    private static List<Temporal> exceptions(VEvent event) {
        List<Temporal> dates = new ArrayList<>();
        for (Property property : event.getProperties(Property.EXDATE)) {
            if (property instanceof DateListProperty<?> list) {
                list.getDates().forEach(date -> dates.add((Temporal) date));
            }
        }
        return dates;
    }
}
