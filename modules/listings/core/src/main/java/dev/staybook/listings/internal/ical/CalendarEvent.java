package dev.staybook.listings.internal.ical;

import dev.staybook.kernel.DateRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * A VEVENT's time span as the file wrote it: a date, a floating date-time (the listing's local time)
 * or a zoned date-time; {@code end} is null when the event had neither DTEND nor DURATION.
 */
public record CalendarEvent(Temporal start, Temporal end, String summary) {

    /**
     * The nights the event takes where the listing is: from the start's date to the end's date
     * (exclusive, as DTEND is), and at least one night, so a short event on a day blocks that night.
     */
    public DateRange nights(ZoneId zone) {
        LocalDate first = dateIn(start, zone);
        LocalDate last = end == null ? first.plusDays(1) : dateIn(end, zone);
        return new DateRange(first, last.isAfter(first) ? last : first.plusDays(1));
    }

    private static LocalDate dateIn(Temporal time, ZoneId zone) {
        if (time instanceof LocalDate date) {
            return date;
        } else if (time instanceof LocalDateTime floating) {
            return floating.toLocalDate();
        }
        return ((ZonedDateTime) time).withZoneSameInstant(zone).toLocalDate();
    }
}
