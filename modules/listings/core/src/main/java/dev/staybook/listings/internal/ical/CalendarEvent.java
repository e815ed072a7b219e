package dev.staybook.listings.internal.ical;

import dev.staybook.kernel.DateRange;
import java.util.List;

/**
 * One VEVENT of an imported calendar: its summary (unescaped, on one line; null when it had none) and the nights
 * its occurrences take at the listing, recurrences expanded and exceptions removed, as many as fall in the span read.
 */
public record CalendarEvent(String summary, List<DateRange> nights) {

    public CalendarEvent {
        nights = List.copyOf(nights);
    }
}
