package dev.staybook.listings.internal.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.error.InvalidInput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarParserTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static String calendar(String... eventLines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + String.join("\r\n", eventLines) + "\r\nEND:VCALENDAR\r\n";
    }

    private static DateRange nights(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void readsAllDayEventsWithExclusiveEnds() {
        List<CalendarEvent> events = ICalendarParser.parse(calendar("BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20270301",
                "DTEND;VALUE=DATE:20270305", "SUMMARY:Reserved", "END:VEVENT"));
        assertEquals(1, events.size());
        assertEquals(nights("2027-03-01", "2027-03-05"), events.get(0).nights(NEW_YORK));
        assertEquals("Reserved", events.get(0).summary());
    }

    @Test
    void convertsDateTimesToDatesWhereTheListingIs() {
        List<CalendarEvent> events = ICalendarParser.parse(calendar(
                "BEGIN:VEVENT", "DTSTART:20270314T030000Z", "DTEND:20270316T150000Z", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;TZID=Europe/Paris:20270320T020000", "DTEND;TZID=Europe/Paris:20270321T120000", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART:20270401T150000", "DTEND:20270403T110000", "END:VEVENT"));
        // 03:00Z on the 14th is still the 13th in New York (DST starts that night)
        assertEquals(nights("2027-03-13", "2027-03-16"), events.get(0).nights(NEW_YORK));
        // 02:00 in Paris is 21:00 the day before in New York
        assertEquals(nights("2027-03-19", "2027-03-21"), events.get(1).nights(NEW_YORK));
        // floating times are the listing's own
        assertEquals(nights("2027-04-01", "2027-04-03"), events.get(2).nights(NEW_YORK));
    }

    @Test
    void unfoldsContinuationLinesAndUnescapesText() {
        List<CalendarEvent> events = ICalendarParser.parse(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270301",
                "SUMMARY:Family visit\\, then", "  painting the\\nkitchen", "END:VEVENT"));
        // a summary becomes a one-line note: line breaks and other control characters turn into spaces
        assertEquals("Family visit, then painting the kitchen", events.get(0).summary());
    }

    @Test
    void aMissingEndMeansOneNightAndDurationsCount() {
        List<CalendarEvent> events = ICalendarParser.parse(calendar(
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270301", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270310", "DURATION:P1W", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART:20270320T100000", "DTEND:20270320T120000", "END:VEVENT"));
        assertEquals(nights("2027-03-01", "2027-03-02"), events.get(0).nights(NEW_YORK));
        assertEquals(nights("2027-03-10", "2027-03-17"), events.get(1).nights(NEW_YORK));
        assertEquals(nights("2027-03-20", "2027-03-21"), events.get(2).nights(NEW_YORK));
        assertNull(events.get(0).summary());
    }

    @Test
    void skipsCancelledEventsAndNestedComponents() {
        List<CalendarEvent> events = ICalendarParser.parse(calendar(
                "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "BEGIN:STANDARD", "DTSTART:19701025T030000", "END:STANDARD", "END:VTIMEZONE",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270301", "STATUS:CANCELLED", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270305", "BEGIN:VALARM", "TRIGGER:-PT15M", "END:VALARM", "END:VEVENT"));
        assertEquals(1, events.size());
        assertEquals(LocalDate.of(2027, 3, 5), events.get(0).start());
    }

    @Test
    void acceptsBareLineFeeds() {
        assertEquals(1, ICalendarParser.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270301\nEND:VEVENT\nEND:VCALENDAR\n").size());
    }

    @Test
    void saysWhatIsWrongWithAMalformedFile() {
        assertMalformed("", "must start with BEGIN:VCALENDAR");
        assertMalformed("hello world", "line 1");
        assertMalformed(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270301"), "END:VCALENDAR does not close BEGIN:VEVENT");
        assertMalformed(calendar("BEGIN:VEVENT", "SUMMARY:x", "END:VEVENT"), "has no DTSTART");
        assertMalformed(calendar("BEGIN:VEVENT", "DTSTART:2027-03-01", "END:VEVENT"), "line 5: DTSTART '2027-03-01'");
        assertMalformed("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270301\r\nEND:VEVENT\r\n", "never closed");
    }

    private static void assertMalformed(String text, String expected) {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> ICalendarParser.parse(text));
        String message = invalid.errors().get(0).message();
        assertEquals("body", invalid.errors().get(0).field());
        assertTrue(message.contains(expected), message);
    }

    @Test
    void durationsBeyondAnyDateAreA400NotAFailure() {
        for (String duration : new String[] {"P999999999Y", "P99999999999D", "PT999999999999999H", "P11Y"}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> ICalendarParser.parse(calendar("BEGIN:VEVENT",
                    "DTSTART;VALUE=DATE:20270301", "DURATION:" + duration, "END:VEVENT")), duration);
            assertEquals("body", refused.errors().get(0).field());
        }
        assertThrows(InvalidInput.class, () -> ICalendarParser.parse(calendar("BEGIN:VEVENT",
                "DTSTART:20270301T100000Z", "DURATION:PT99999999999999H", "END:VEVENT")));
    }

    @Test
    void aSummaryCannotSmuggleControlCharactersIntoNotes() {
        List<CalendarEvent> events = ICalendarParser.parse(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270301",
                "SUMMARY:Busy\u0007\u001B[31m red\\nX-INJECTED:1", "END:VEVENT"));
        assertEquals("Busy  [31m red X-INJECTED:1", events.get(0).summary());
    }
}
