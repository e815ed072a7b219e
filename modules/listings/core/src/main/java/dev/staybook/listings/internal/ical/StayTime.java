package dev.staybook.listings.internal.ical;

import dev.staybook.kernel.DateRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;

/**
 * The value types ical4j hands back for DTSTART and friends, seen from the listing: a DATE (all-day) is a date
 * wherever the listing is, a floating DATE-TIME is the listing's local time, and a zoned or UTC DATE-TIME is an
 * instant, whose date at the listing decides the night.
 */
final class StayTime {

    private StayTime() {
    }

    /** The nights from the start's date to the end's date (exclusive, as DTEND is), at least one. */
    static DateRange nights(Temporal start, Temporal end, ZoneId zone) {
        LocalDate first = dateAt(start, zone);
        LocalDate last = dateAt(end, zone);
        return new DateRange(first, last.isAfter(first) ? last : first.plusDays(1));
    }

    static LocalDate dateAt(Temporal time, ZoneId zone) {
        if (time instanceof LocalDate date) {
            return date;
        } else if (time instanceof LocalDateTime floating) {
            return floating.toLocalDate();
        }
        return Instant.from(time).atZone(zone).toLocalDate();
    }

    /** What an EXDATE is compared by: the date of an all-day value, the instant of any other. */
    static Object key(Temporal time, ZoneId zone) {
        if (time instanceof LocalDate date) {
            return date;
        } else if (time instanceof LocalDateTime floating) {
            return floating.atZone(zone).toInstant();
        }
        return Instant.from(time);
    }

    /** The start of the listing's {@code day}, as a value of the same type as {@code like}, for comparing with it. */
    static Temporal startOf(LocalDate day, Temporal like, ZoneId zone) {
        if (like instanceof LocalDate) {
            return day;
        } else if (like instanceof LocalDateTime) {
            return day.atStartOfDay();
        } else if (like instanceof OffsetDateTime) {
            return day.atStartOfDay(zone).toOffsetDateTime();
        } else if (like instanceof Instant) {
            return day.atStartOfDay(zone).toInstant();
        }
        return day.atStartOfDay(zone);
    }

    /** Adds an event's length; a length in hours added to a date counts its whole days (a DATE has no time). */
    static Temporal plus(Temporal time, TemporalAmount length) {
        if (time instanceof LocalDate date && length instanceof Duration duration) {
            return date.plusDays(duration.toDays());
        }
        return time.plus(length);
    }

    static Temporal minus(Temporal time, TemporalAmount length) {
        if (time instanceof LocalDate date && length instanceof Duration duration) {
            return date.minusDays(duration.toDays());
        }
        return time.minus(length);
    }
}
