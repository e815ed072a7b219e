package dev.staybook.listings.internal.ical;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.FreeText;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;

/**
 * Reads the events of an iCalendar file with ical4j: VTIMEZONE and TZID honoured, TEXT unescaped, RRULE, RDATE and
 * EXDATE expanded over the span asked for (the booking horizon), at most {@link Occurrences#MOST_PER_FILE} occurrences in
 * all. Cancelled events are left out. A file that is not iCalendar fails with 400 saying why (and on which line, where the
 * parser knows it), in words a host can read: ical4j's messages that name Java's own types become a plain one.
 */
public final class ICalendarReader {

    private static final String UNREADABLE_VALUE = "a property's value could not be read";
    /** A Java package in a message, as in a class name ({@code java.lang.Integer}, {@code net.fortuna.ical4j...}). */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|javax|jdk|sun|net\\.fortuna|org\\.threeten)\\.[a-z]");

    private ICalendarReader() {
    }

    /** The events with at least one occurrence whose nights at the listing (in {@code zone}) overlap {@code span}. */
    public static List<CalendarEvent> read(String text, ZoneId zone, DateRange span) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            List<CalendarEvent> events = new ArrayList<>();
            Occurrences.Budget budget = new Occurrences.Budget();
            for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
                if (isCancelled(event)) {
                    continue;
                }
                List<DateRange> nights = Occurrences.nights(event, zone, span, budget);
                if (!nights.isEmpty()) {
                    events.add(new CalendarEvent(summary(event), nights));
                }
            }
            return events;
        } catch (ParserException e) {
            // ical4j says "Error at line 5:..." itself; the line is put first once, as the old parser did
            String problem = rootMessage(e).replaceFirst("^Error at line \\d+:\\s*", "");
            throw invalid((e.getLineNo() > 0 ? "line " + e.getLineNo() + ": " : "") + problem);
        } catch (MalformedCalendar malformed) {
            throw invalid(malformed.getMessage());
        } catch (IOException | DateTimeException | ArithmeticException | IllegalArgumentException | IllegalStateException
                | ClassCastException | NullPointerException | UnsupportedOperationException | IndexOutOfBoundsException e) {
            // ical4j reports a value it cannot read (a date, a rule, a zone) as any of these while building or expanding
            throw invalid(rootMessage(e));
        }
    }

    private static boolean isCancelled(VEvent event) {
        Status status = event.getStatus();
        return status != null && "CANCELLED".equalsIgnoreCase(status.getValue().strip());
    }

    private static String summary(VEvent event) {
        Summary summary = event.getSummary();
        return summary == null || summary.getValue() == null ? null : FreeText.oneLine(summary.getValue());
    }

    private static InvalidInput invalid(String problem) {
        return InvalidInput.field("body", "not a valid iCalendar file: " + problem);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        // these speak of ical4j's code, not of the file ("No enum constant net.fortuna...WeekDay.Day.XX", "begin 0, end -1")
        if (message == null || cause instanceof NullPointerException || cause instanceof ClassCastException
                || cause instanceof UnsupportedOperationException || cause instanceof IndexOutOfBoundsException
                || JAVA_NAME.matcher(message).find()) {
            return UNREADABLE_VALUE;
        }
        return FreeText.oneLine(message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }
}
