package dev.staybook.listings.internal.ical;

import dev.staybook.kernel.input.FreeText;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns the properties of one VEVENT into a {@link CalendarEvent}: DTSTART, DTEND or DURATION, SUMMARY, STATUS. */
final class EventProperties {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private EventProperties() {
    }

    /** Longer events are refused: nothing is blocked that far ahead, and the arithmetic stays within the calendar. */
    static final Period LONGEST_EVENT = Period.ofYears(10);

    /** The event, or empty for a cancelled one. */
    static Optional<CalendarEvent> toEvent(Map<String, ContentLine> properties) {
        ContentLine begin = properties.get("BEGIN");
        ContentLine status = properties.get("STATUS");
        if (status != null && status.value().strip().equalsIgnoreCase("CANCELLED")) {
            return Optional.empty();
        }
        ContentLine dtstart = properties.get("DTSTART");
        if (dtstart == null) {
            throw new MalformedCalendar(begin.lineNumber(), "the VEVENT starting here has no DTSTART");
        }
        Temporal start = time(dtstart);
        Temporal end = properties.containsKey("DTEND") ? time(properties.get("DTEND"))
                : properties.containsKey("DURATION") ? plus(start, properties.get("DURATION")) : null;
        ContentLine summary = properties.get("SUMMARY");
        return Optional.of(new CalendarEvent(start, end, summary == null ? null : FreeText.oneLine(unescape(summary.value()))));
    }

    /** DATE ({@code 20270301}), floating DATE-TIME, UTC ({@code ...Z}) or with a TZID; unknown TZIDs count as floating. */
    static Temporal time(ContentLine line) {
        String value = line.value().strip();
        try {
            if ("DATE".equalsIgnoreCase(line.parameter("VALUE")) || value.length() == 8) {
                return LocalDate.parse(value, DATE);
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME).atZone(ZoneOffset.UTC);
            }
            LocalDateTime local = LocalDateTime.parse(value, DATE_TIME);
            String tzid = line.parameter("TZID");
            return tzid == null ? local : zone(tzid).map(local::atZone).map(Temporal.class::cast).orElse(local);
        } catch (DateTimeParseException e) {
            throw new MalformedCalendar(line.lineNumber(), line.name() + " '" + value + "' is neither a DATE (20270301) nor a DATE-TIME (20270301T150000)");
        }
    }

    private static Optional<ZoneId> zone(String tzid) {
        try {
            return Optional.of(ZoneId.of(tzid.startsWith("/") ? tzid.substring(1) : tzid));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private static Temporal plus(Temporal start, ContentLine duration) {
        String value = duration.value().strip().toUpperCase(Locale.ROOT);
        if (value.startsWith("-")) {
            throw new MalformedCalendar(duration.lineNumber(), "DURATION must not be negative");
        }
        try {
            Temporal end;
            if (value.contains("T")) {
                Duration length = Duration.parse(value.replace("W", "D"));
                end = start instanceof LocalDate date ? date.plusDays(Math.max(1, length.toDays())) : start.plus(length);
            } else {
                end = start.plus(Period.parse(value));
            }
            if (LocalDate.from(end).isAfter(LocalDate.from(start).plus(LONGEST_EVENT))) {
                throw new MalformedCalendar(duration.lineNumber(), "DURATION '" + value + "' is longer than " + LONGEST_EVENT.getYears() + " years");
            }
            return end;
        } catch (DateTimeParseException e) {
            throw new MalformedCalendar(duration.lineNumber(), "DURATION '" + value + "' is not an ISO duration such as P3D");
        } catch (DateTimeException | ArithmeticException outOfRange) {
            // P999999999Y parses, but no date is that far away
            throw new MalformedCalendar(duration.lineNumber(), "DURATION '" + value + "' ends beyond any date");
        }
    }

    /** Undoes TEXT escaping: \\n, \\, \; and \\\\. */
    static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }
}
