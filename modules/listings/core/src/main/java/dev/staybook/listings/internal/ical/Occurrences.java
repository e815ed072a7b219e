package dev.staybook.listings.internal.ical;

import dev.staybook.kernel.DateRange;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TemporalAmountAdapter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The nights each occurrence of a VEVENT takes at the listing. The rules are expanded by ical4j's {@link Recur};
 * exceptions (EXDATE) are matched to occurrences by instant, so an EXDATE written in UTC still cancels an occurrence
 * written in Europe/Berlin. Expansion is bounded, since ical4j steps from DTSTART one period at a time: rules more
 * frequent than daily are refused (a night is the unit here; an hourly rule from year 1 costs half a minute), a daily
 * or weekly rule without COUNT starts stepping just before the span (the same occurrences), one with COUNT may start at
 * most {@link #LONGEST_COUNTED_YEARS} years before it, and at most {@link #MOST_PER_RULE} occurrences are taken per rule.
 */
final class Occurrences {

    /** A daily rule with a few BYHOUR values over the whole booking horizon (two years) fits. */
    static final int MOST_PER_RULE = 20_000;
    static final int LONGEST_COUNTED_YEARS = 100;

    private Occurrences() {
    }

    static List<DateRange> nights(VEvent event, ZoneId zone, DateRange span) {
        DtStart<Temporal> dtstart = event.getDateTimeStart();
        if (dtstart == null || dtstart.getDate() == null) {
            throw new MalformedCalendar("a VEVENT has no DTSTART");
        }
        Temporal seed = dtstart.getDate();
        TemporalAmount length = length(event, seed);
        Temporal from = StayTime.startOf(span.checkIn(), seed, zone);
        Temporal to = StayTime.startOf(span.checkOut(), seed, zone);
        Set<Temporal> starts = new LinkedHashSet<>();
        List<RRule<Temporal>> rules = event.getProperties(Property.RRULE);
        if (rules.isEmpty()) {
            starts.add(seed);
        }
        for (RRule<Temporal> rule : rules) {
            Recur<Temporal> recur = rule.getRecur();
            requireBounded(recur, seed, from);
            // an occurrence that starts before the span may still reach into it
            Temporal windowStart = StayTime.minus(from, length).minus(1, ChronoUnit.DAYS);
            starts.add(seed);
            starts.addAll(recur.getDates(closeTo(recur, seed, windowStart), windowStart, to, MOST_PER_RULE));
        }
        starts.addAll(dates(event, Property.RDATE));
        Set<Object> excluded = new HashSet<>();
        dates(event, Property.EXDATE).forEach(exception -> excluded.add(StayTime.key(exception, zone)));
        List<DateRange> nights = new ArrayList<>();
        for (Temporal start : starts) {
            if (excluded.contains(StayTime.key(start, zone))) {
                continue;
            }
            DateRange occurrence = StayTime.nights(start, StayTime.plus(start, length), zone);
            if (occurrence.overlaps(span)) {
                nights.add(occurrence);
            }
        }
        return nights;
    }

    /** DTEND minus DTSTART, or DURATION, or nothing (one night, see {@link StayTime#nights}). */
    private static TemporalAmount length(VEvent event, Temporal seed) {
        DtEnd<Temporal> dtend = event.getDateTimeEnd();
        if (dtend != null && dtend.getDate() != null) {
            return TemporalAmountAdapter.between(seed, dtend.getDate()).getDuration();
        }
        if (event.getDuration() != null) {
            return event.getDuration().getDuration();
        }
        return java.time.Duration.ZERO;
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

    /** The dates of every RDATE or EXDATE (RDATE periods count by their start). */
    private static List<Temporal> dates(VEvent event, String name) {
        List<Temporal> dates = new ArrayList<>();
        for (Property property : event.getProperties(name)) {
            if (property instanceof DateListProperty<?> list) {
                list.getDates().forEach(date -> dates.add((Temporal) date));
            }
        }
        return dates;
    }
}
