package dev.staybook.listings.internal.ical;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.input.FreeText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the nights nobody can book as an iCalendar feed other platforms import: one all-day VEVENT
 * per run of nights, CRLF line ends, lines folded at 75 octets. The UID is derived from the listing and
 * the run's first night, so a run keeps its UID from one export to the next.
 */
public final class ICalendarWriter {

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    public static String write(String listingId, String calendarName, List<DateRange> unavailable, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Staybook//Listings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (DateRange run : unavailable) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + listingId + "-" + DATE.format(run.checkIn()) + "@staybook.dev");
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(run.checkIn()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(run.checkOut()));
            line(out, "SUMMARY:Not available");
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Appends the line folded so that no physical line exceeds 75 octets, never splitting a character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    /** TEXT escaping, on one line: a CR or any other control character would end the property early. */
    static String escape(String text) {
        return FreeText.oneLine(text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n"));
    }
}
