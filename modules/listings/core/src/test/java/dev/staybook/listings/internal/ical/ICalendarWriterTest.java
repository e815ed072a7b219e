package dev.staybook.listings.internal.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.DateRange;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    private static final DateRange NEW_YEAR = new DateRange(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2));

    @Test
    void writesOneAllDayEventPerRunWithCrlfLines() {
        String ics = ICalendarWriter.write("abc", "Staybook: Loft", List.of(NEW_YEAR), Instant.parse("2026-11-25T10:15:30Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertEquals(0, ics.replace("\r\n", "").chars().filter(c -> c == '\n' || c == '\r').count(), "only CRLF line ends");
        assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20261230\r\nDTEND;VALUE=DATE:20270102\r\n"));
        assertTrue(ics.contains("\r\nUID:abc-20261230@staybook.dev\r\n"));
        assertTrue(ics.contains("\r\nDTSTAMP:20261125T101530Z\r\n"));
        assertTrue(ics.contains("\r\nSUMMARY:Not available\r\n"));
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingCharacters() {
        StringBuilder out = new StringBuilder();
        ICalendarWriter.line(out, "X-WR-CALNAME:" + "é".repeat(60));
        String[] lines = out.toString().split("\r\n");
        assertTrue(lines.length > 1);
        for (String line : lines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith(" "));
        }
        assertEquals("X-WR-CALNAME:" + "é".repeat(60), out.toString().replace("\r\n ", "").strip());
    }

    @Test
    void whatItWritesReadsBack() {
        String ics = ICalendarWriter.write("abc", "Name; with, specials", List.of(NEW_YEAR,
                new DateRange(LocalDate.of(2027, 3, 13), LocalDate.of(2027, 3, 16))), Instant.now());
        // read back by ical4j, as another platform's reader would
        List<CalendarEvent> events = ICalendarReader.read(ics, ZoneId.of("America/New_York"),
                new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)));
        assertEquals(List.of(NEW_YEAR), events.get(0).nights());
        assertEquals(List.of(new DateRange(LocalDate.of(2027, 3, 13), LocalDate.of(2027, 3, 16))), events.get(1).nights());
    }

    @Test
    void aCalendarNameCannotEndItsPropertyEarly() {
        String feed = ICalendarWriter.write("listing-1", "Staybook: Flat\r\nX-INJECTED:1\rMORE", java.util.List.of(),
                java.time.Instant.parse("2027-03-01T00:00:00Z"));
        org.junit.jupiter.api.Assertions.assertTrue(feed.contains("X-WR-CALNAME:Staybook: Flat\\nX-INJECTED:1 MORE\r\n"), feed);
        org.junit.jupiter.api.Assertions.assertFalse(feed.contains("\r\nX-INJECTED"), feed);
    }
}
