package dev.staybook.listings.internal.ical;

import dev.staybook.kernel.error.InvalidInput;
import java.time.DateTimeException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the events of an iCalendar file: unfolds continuation lines, checks that components nest
 * (BEGIN/END), and turns each VEVENT directly inside a VCALENDAR into a {@link CalendarEvent}.
 * Cancelled events are left out; recurrence rules are not expanded (only the first occurrence counts).
 * A malformed file fails with 400 naming the line and the problem.
 */
public final class ICalendarParser {

    private ICalendarParser() {
    }

    public static List<CalendarEvent> parse(String text) {
        try {
            return read(unfold(text));
        } catch (MalformedCalendar malformed) {
            throw InvalidInput.field("body", "not a valid iCalendar file: " + malformed.getMessage());
        } catch (DateTimeException | ArithmeticException outOfRange) {
            throw InvalidInput.field("body", "not a valid iCalendar file: a date or duration is out of range");
        }
    }

    /** Joins continuation lines (starting with a space or tab) to the line before; keeps each line's first number. */
    static List<ContentLine> unfold(String text) {
        String[] physical = text.split("\r\n|\n|\r", -1);
        List<ContentLine> lines = new ArrayList<>();
        StringBuilder current = null;
        int currentNumber = 0;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                if (current == null) {
                    throw new MalformedCalendar(i + 1, "a continuation line must follow a content line");
                }
                current.append(line, 1, line.length());
                continue;
            }
            if (current != null) {
                lines.add(ContentLine.parse(currentNumber, current.toString()));
            }
            current = line.isBlank() ? null : new StringBuilder(line);
            currentNumber = i + 1;
        }
        if (current != null) {
            lines.add(ContentLine.parse(currentNumber, current.toString()));
        }
        return lines;
    }

    private static List<CalendarEvent> read(List<ContentLine> lines) {
        if (lines.isEmpty() || !isBegin(lines.get(0), "VCALENDAR")) {
            throw new MalformedCalendar("the file must start with BEGIN:VCALENDAR");
        }
        List<CalendarEvent> events = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        Map<String, ContentLine> event = null;
        for (ContentLine line : lines) {
            if (line.name().equals("BEGIN")) {
                String component = componentName(line);
                if (open.isEmpty() && !component.equals("VCALENDAR")) {
                    throw new MalformedCalendar(line.lineNumber(), "BEGIN:" + component + " outside a VCALENDAR");
                }
                open.push(component);
                if (component.equals("VEVENT") && open.size() == 2) {
                    event = new HashMap<>();
                    event.put("BEGIN", line);
                }
            } else if (line.name().equals("END")) {
                String component = componentName(line);
                if (open.isEmpty() || !open.peek().equals(component)) {
                    throw new MalformedCalendar(line.lineNumber(), "END:" + component + " does not close "
                            + (open.isEmpty() ? "anything" : "BEGIN:" + open.peek()));
                }
                open.pop();
                if (component.equals("VEVENT") && event != null) {
                    EventProperties.toEvent(event).ifPresent(events::add);
                    event = null;
                }
            } else if (open.isEmpty()) {
                throw new MalformedCalendar(line.lineNumber(), line.name() + " outside a VCALENDAR");
            } else if (event != null && open.size() == 2) {
                event.putIfAbsent(line.name(), line);
            }
        }
        if (!open.isEmpty()) {
            throw new MalformedCalendar("BEGIN:" + open.peek() + " is never closed (missing END:" + open.peek() + ")");
        }
        return events;
    }

    private static boolean isBegin(ContentLine line, String component) {
        return line.name().equals("BEGIN") && componentName(line).equals(component);
    }

    private static String componentName(ContentLine line) {
        String name = line.value().strip().toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new MalformedCalendar(line.lineNumber(), line.name() + " needs a component name");
        }
        return name;
    }
}
