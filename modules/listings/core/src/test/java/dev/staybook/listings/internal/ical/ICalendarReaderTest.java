package dev.staybook.listings.internal.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.error.InvalidInput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ICalendarReaderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateRange SPAN = nights("2027-01-01", "2029-01-01");

    /** Europe/Berlin as Google Calendar writes it: summer time from the last Sunday of March. */
    private static final String[] BERLIN_VTIMEZONE = {"BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"};

    static String calendar(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
    }

    private static DateRange nights(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static List<CalendarEvent> read(String text, ZoneId zone) {
        return ICalendarReader.read(text, zone, SPAN);
    }

    @Test
    void readsAllDayEventsWithExclusiveEnds() {
        List<CalendarEvent> events = read(calendar("BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20270301",
                "DTEND;VALUE=DATE:20270305", "SUMMARY:Reserved", "END:VEVENT"), NEW_YORK);
        assertEquals(1, events.size());
        assertEquals(List.of(nights("2027-03-01", "2027-03-05")), events.get(0).nights());
        assertEquals("Reserved", events.get(0).summary());
    }

    @Test
    void convertsDateTimesToDatesWhereTheListingIs() {
        List<CalendarEvent> events = read(calendar(
                "BEGIN:VEVENT", "DTSTART:20270314T030000Z", "DTEND:20270316T150000Z", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;TZID=Europe/Paris:20270320T020000", "DTEND;TZID=Europe/Paris:20270321T120000", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART:20270401T150000", "DTEND:20270403T110000", "END:VEVENT"), NEW_YORK);
        // 03:00Z on the 14th is still the 13th in New York (DST starts that night)
        assertEquals(List.of(nights("2027-03-13", "2027-03-16")), events.get(0).nights());
        // 02:00 in Paris is 21:00 the day before in New York
        assertEquals(List.of(nights("2027-03-19", "2027-03-21")), events.get(1).nights());
        // floating times are the listing's own
        assertEquals(List.of(nights("2027-04-01", "2027-04-03")), events.get(2).nights());
    }

    @Test
    void aTimedEventInAnotherZoneTakesTheListingsNights() {
        // 22:00 to 22:00 in Tokyo is 15:00 to 15:00 in Berlin: the night of the 10th only
        List<CalendarEvent> events = read(calendar("BEGIN:VEVENT", "DTSTART;TZID=Asia/Tokyo:20270610T220000",
                "DTEND;TZID=Asia/Tokyo:20270611T220000", "END:VEVENT"), BERLIN);
        assertEquals(List.of(nights("2027-06-10", "2027-06-11")), events.get(0).nights());
        // the same event seen from New York (09:00 to 09:00)
        assertEquals(List.of(nights("2027-06-10", "2027-06-11")), read(calendar("BEGIN:VEVENT",
                "DTSTART;TZID=Asia/Tokyo:20270610T220000", "DTEND;TZID=Asia/Tokyo:20270611T220000", "END:VEVENT"), NEW_YORK)
                .get(0).nights());
        // 01:00 in Tokyo on the 10th is still the 9th in Berlin
        assertEquals(List.of(nights("2027-06-09", "2027-06-12")), read(calendar("BEGIN:VEVENT",
                "DTSTART;TZID=Asia/Tokyo:20270610T010000", "DTEND;TZID=Asia/Tokyo:20270612T180000", "END:VEVENT"), BERLIN)
                .get(0).nights());
    }

    @Test
    void expandsAWeeklyBlockWithAnExceptionAcrossTheSpringDstChange() {
        List<String> lines = new ArrayList<>(List.of(BERLIN_VTIMEZONE));
        // Friday 18:00 to Sunday 10:00, Berlin time, five weeks; 2027-03-28 is the change to summer time
        lines.addAll(List.of("BEGIN:VEVENT", "UID:weekly", "DTSTART;TZID=Europe/Berlin:20270312T180000",
                "DTEND;TZID=Europe/Berlin:20270314T100000", "RRULE:FREQ=WEEKLY;COUNT=5", "EXDATE;TZID=Europe/Berlin:20270319T180000",
                "SUMMARY:Weekend\\, family", "END:VEVENT"));
        List<CalendarEvent> events = read(calendar(lines.toArray(String[]::new)), BERLIN);
        assertEquals(List.of(nights("2027-03-12", "2027-03-14"), nights("2027-03-26", "2027-03-28"),
                nights("2027-04-02", "2027-04-04"), nights("2027-04-09", "2027-04-11")), events.get(0).nights());
        assertEquals("Weekend, family", events.get(0).summary());
        // in New York, Berlin's 18:00 is 13:00 (12:00 in the week the two zones' changes differ): the same nights
        assertEquals(4, read(calendar(lines.toArray(String[]::new)), NEW_YORK).get(0).nights().size());
    }

    @Test
    void lateEveningOccurrencesKeepTheirNightAfterTheClocksChangeByTheCalendarsOwnVtimezone() {
        // a TZID only the VTIMEZONE explains (as Outlook writes it); 23:30 with a fixed +01:00 would be 00:30 the next day in summer
        List<String> lines = new ArrayList<>(List.of(BERLIN_VTIMEZONE));
        lines.replaceAll(line -> line.equals("TZID:Europe/Berlin") ? "TZID:W. Europe Standard Time" : line);
        lines.addAll(List.of("BEGIN:VEVENT", "DTSTART;TZID=W. Europe Standard Time:20270319T233000",
                "DTEND;TZID=W. Europe Standard Time:20270320T233000", "RRULE:FREQ=WEEKLY;COUNT=3", "END:VEVENT"));
        assertEquals(List.of(nights("2027-03-19", "2027-03-20"), nights("2027-03-26", "2027-03-27"), nights("2027-04-02", "2027-04-03")),
                read(calendar(lines.toArray(String[]::new)), ZoneId.of("Europe/Paris")).get(0).nights());
    }

    @Test
    void anExceptionWrittenInUtcStillCancelsItsOccurrence() {
        List<String> lines = new ArrayList<>(List.of(BERLIN_VTIMEZONE));
        // after the change to summer time, 18:00 in Berlin is 16:00Z
        lines.addAll(List.of("BEGIN:VEVENT", "DTSTART;TZID=Europe/Berlin:20270319T180000", "DTEND;TZID=Europe/Berlin:20270320T100000",
                "RRULE:FREQ=WEEKLY;UNTIL=20270410T000000Z", "EXDATE:20270402T160000Z", "END:VEVENT"));
        assertEquals(List.of(nights("2027-03-19", "2027-03-20"), nights("2027-03-26", "2027-03-27"), nights("2027-04-09", "2027-04-10")),
                read(calendar(lines.toArray(String[]::new)), BERLIN).get(0).nights());
    }

    @Test
    void expandsAllDayRulesAndExtraDatesWithinTheSpanOnly() {
        List<CalendarEvent> events = read(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20200106", "DTEND;VALUE=DATE:20200107",
                "RRULE:FREQ=YEARLY", "EXDATE;VALUE=DATE:20280106", "RDATE;VALUE=DATE:20271225", "END:VEVENT"), BERLIN);
        // yearly since 2020, but only 2027 falls in the span (2028's is an exception), plus Christmas 2027
        assertEquals(List.of(nights("2027-01-06", "2027-01-07"), nights("2027-12-25", "2027-12-26")), events.get(0).nights());
        assertTrue(read(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260301", "END:VEVENT"), BERLIN).isEmpty(),
                "an event before the span is left out");
    }

    @Test
    void unfoldsContinuationLinesAndUnescapesText() {
        List<CalendarEvent> events = read(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270301",
                "SUMMARY:Family visit\\, then", "  painting the\\nkitchen\\; 3\\\\4", "END:VEVENT"), NEW_YORK);
        // a summary becomes a one-line note: line breaks and other control characters turn into spaces
        assertEquals("Family visit, then painting the kitchen; 3\\4", events.get(0).summary());
    }

    @Test
    void aMissingEndMeansOneNightAndDurationsCount() {
        List<CalendarEvent> events = read(calendar(
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270301", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270310", "DURATION:P1W", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART:20270320T100000", "DTEND:20270320T120000", "END:VEVENT"), NEW_YORK);
        assertEquals(List.of(nights("2027-03-01", "2027-03-02")), events.get(0).nights());
        assertEquals(List.of(nights("2027-03-10", "2027-03-17")), events.get(1).nights());
        assertEquals(List.of(nights("2027-03-20", "2027-03-21")), events.get(2).nights());
        assertNull(events.get(0).summary());
    }

    @Test
    void skipsCancelledEventsAndNestedComponents() {
        List<CalendarEvent> events = read(calendar(
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270301", "STATUS:CANCELLED", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270305", "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "END:VALARM",
                "END:VEVENT"), NEW_YORK);
        assertEquals(1, events.size());
        assertEquals(List.of(nights("2027-03-05", "2027-03-06")), events.get(0).nights());
    }

    @Test
    void acceptsBareLineFeeds() {
        assertEquals(1, read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270301\nEND:VEVENT\nEND:VCALENDAR\n", NEW_YORK).size());
    }

    @Test
    void saysWhatIsWrongWithAMalformedFile() {
        assertMalformed("", "not a valid iCalendar file");
        assertMalformed("hello world", "line 1");
        assertMalformed("BEGIN:VEVENT\r\nEND:VEVENT\r\n", "not a valid iCalendar file: line 1: Expected [VCALENDAR], read [VEVENT]");
        assertMalformed(calendar("BEGIN:VEVENT", "SUMMARY:x", "END:VEVENT"), "has no DTSTART");
        assertMalformed(calendar("BEGIN:VEVENT", "DTSTART:2027-03-01", "END:VEVENT"), "line 5");
        assertMalformed("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270301\r\nEND:VEVENT\r\n", "not a valid iCalendar file");
    }

    @Test
    void refusesRulesThatRepeatMoreOftenThanDailyOrCountFromCenturiesAgo() {
        assertMalformed(calendar("BEGIN:VEVENT", "DTSTART:19000101T000000Z", "RRULE:FREQ=SECONDLY", "END:VEVENT"), "more often than daily");
        assertMalformed(calendar("BEGIN:VEVENT", "DTSTART:00010101T000000Z", "RRULE:FREQ=HOURLY", "END:VEVENT"), "more often than daily");
        assertMalformed(calendar("BEGIN:VEVENT", "DTSTART:20270101T000000Z", "RRULE:FREQ=DAILY;BYMINUTE=1,2,3", "END:VEVENT"),
                "more often than daily");
        assertMalformed(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:18000101", "RRULE:FREQ=DAILY;COUNT=999999999", "END:VEVENT"),
                "more than 100 years ago");
    }

    @Test
    void aDailyRuleFromCenturiesAgoExpandsAtOnceAndOnItsOwnDays() {
        long started = System.nanoTime();
        // 1601-01-01 to 2027-01-01 is 155,593 days = 3 * 51,864 + 1, so the rule falls on 2027-01-03, -06 (an exception), -09...
        List<DateRange> nights = read(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:16010101", "RRULE:FREQ=DAILY;INTERVAL=3",
                "EXDATE;VALUE=DATE:20270106", "END:VEVENT"), BERLIN).get(0).nights();
        assertEquals(List.of(nights("2027-01-03", "2027-01-04"), nights("2027-01-09", "2027-01-10")), nights.subList(0, 2));
        assertEquals(242, nights.size());
        assertTrue(System.nanoTime() - started < java.util.concurrent.TimeUnit.SECONDS.toNanos(5), "no stepping through the centuries");
        List<DateRange> weekly = read(calendar("BEGIN:VEVENT", "DTSTART;TZID=Europe/Berlin:18000106T233000",
                "DTEND;TZID=Europe/Berlin:18000107T233000", "RRULE:FREQ=WEEKLY;BYDAY=MO", "END:VEVENT"), BERLIN).get(0).nights();
        assertEquals(nights("2027-01-04", "2027-01-05"), weekly.get(0), "Mondays, 23:30 in Berlin, whatever the season");
        assertTrue(weekly.stream().allMatch(night -> night.checkIn().getDayOfWeek() == java.time.DayOfWeek.MONDAY && night.nights() == 1));
        assertEquals(104, weekly.size());
    }

    @Test
    void aFileExpandingToMoreOccurrencesThanItsBudgetIsRefusedAtOnceNotCutShort() {
        // each daily rule takes every night of the horizon (about 733 occurrences with the night before it): 27 fit in 20,000
        List<String> lines = new ArrayList<>();
        for (int rule = 0; rule < 27; rule++) {
            lines.addAll(List.of("BEGIN:VEVENT", "UID:" + rule, "DTSTART;VALUE=DATE:20270101", "DTEND;VALUE=DATE:20270102",
                    "RRULE:FREQ=DAILY", "END:VEVENT"));
        }
        List<CalendarEvent> events = read(calendar(lines.toArray(String[]::new)), BERLIN);
        assertEquals(27, events.size());
        assertTrue(events.stream().allMatch(event -> event.nights().size() == 731), "every night of the horizon, none left out");
        // the budget is the whole file's: one more rule, or a few RDATEs more, and the file is refused, never truncated
        List<String> oneRuleMore = new ArrayList<>(lines);
        oneRuleMore.addAll(List.of("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101", "RRULE:FREQ=DAILY", "END:VEVENT"));
        assertMalformed(calendar(oneRuleMore.toArray(String[]::new)), "not a valid iCalendar file: the calendar has more than 20000 "
                + "occurrences within the booking horizon");
        List<String> rdatesMore = new ArrayList<>(lines);
        String christmases = String.join(",", IntStream.range(0, 400).mapToObj(year -> (2027 + year) + "1225").toList());
        rdatesMore.addAll(List.of("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101", "RDATE;VALUE=DATE:" + christmases, "END:VEVENT"));
        assertMalformed(calendar(rdatesMore.toArray(String[]::new)), "more than 20000 occurrences");
        // 500 such rules (75 KB) took 19 s and the whole heap when every rule could expand to 20,000
        List<String> tester = new ArrayList<>();
        for (int rule = 0; rule < 500; rule++) {
            tester.addAll(List.of("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101", "DTEND;VALUE=DATE:20270102", "RRULE:FREQ=DAILY",
                    "END:VEVENT"));
        }
        assertMalformed(calendar(tester.toArray(String[]::new)), "more than 20000 occurrences");
    }

    @Test
    void aCountedRuleSpendsTheBudgetFromItsStart() {
        // ical4j steps through every occurrence since DTSTART to count them: 24 a day since 1927 are 800,000 steps
        String everyHour = String.join(",", IntStream.range(0, 24).mapToObj(String::valueOf).toList());
        assertMalformed(calendar("BEGIN:VEVENT", "DTSTART:19270101T000000Z", "RRULE:FREQ=DAILY;COUNT=999999999;BYHOUR=" + everyHour,
                "END:VEVENT"), "more than 20000 occurrences within the booking horizon (RRULE FREQ=DAILY;COUNT=999999999;BYHOUR=0,1,");
        // a counted rule from long ago that ends within the budget is read as before
        assertEquals(List.of(nights("2027-01-04", "2027-01-05"), nights("2027-01-11", "2027-01-12")), read(calendar("BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:19270103", "RRULE:FREQ=WEEKLY;COUNT=5220", "END:VEVENT"), BERLIN).get(0).nights());
    }

    @Test
    void rdatePeriodsAreOccurrencesLastingTheirOwnPeriod() {
        List<CalendarEvent> events = read(calendar("BEGIN:VEVENT", "DTSTART:20270601T100000Z", "DTEND:20270601T120000Z",
                "RDATE;VALUE=PERIOD:20270701T100000Z/PT2H", "RDATE;VALUE=PERIOD:20270710T100000Z/20270713T100000Z",
                "RDATE;VALUE=PERIOD:20270720T100000Z/P2D", "END:VEVENT"), BERLIN);
        assertEquals(List.of(nights("2027-06-01", "2027-06-02"), nights("2027-07-01", "2027-07-02"), nights("2027-07-10", "2027-07-13"),
                nights("2027-07-20", "2027-07-22")), events.get(0).nights());
        // a period ending before it starts takes one night, as an event does
        assertEquals(List.of(nights("2027-06-01", "2027-06-02"), nights("2027-07-04", "2027-07-05")), read(calendar("BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20270601", "RDATE;VALUE=PERIOD:20270704T100000Z/20270701T100000Z", "END:VEVENT"), BERLIN)
                .get(0).nights());
    }

    @Test
    void unreadableValuesAreExplainedWithoutJavasOwnNames() {
        for (String rule : new String[] {"FREQ=WEEKLY;BYDAY=XX", "FREQ=FORTNIGHTLY"}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> read(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101",
                    "RRULE:" + rule, "END:VEVENT"), NEW_YORK), rule);
            assertEquals("not a valid iCalendar file: line 6: a property's value could not be read", refused.errors().get(0).message());
        }
        // a period without its end
        assertMalformed(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101", "RDATE;VALUE=PERIOD:20270701T100000Z", "END:VEVENT"),
                "not a valid iCalendar file: line 6: a property's value could not be read");
        // ical4j's own words stay where they are plain
        assertMalformed(calendar("BEGIN:VEVENT", "DTSTART;TZID=Nowhere/City:20270101T100000", "END:VEVENT"),
                "Unknown time-zone ID: Nowhere/City");
    }

    @Test
    void anEndBeforeTheStartTakesOneNightForEveryOccurrence() {
        // weekly from 2027-01-01, ending a year before it starts: the window must not move a year ahead and lose 48 weeks
        List<DateRange> weekly = read(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101", "DTEND;VALUE=DATE:20260101",
                "RRULE:FREQ=WEEKLY;COUNT=100", "END:VEVENT"), BERLIN).get(0).nights();
        assertEquals(IntStream.range(0, 100).mapToObj(week -> new DateRange(LocalDate.parse("2027-01-01").plusWeeks(week),
                LocalDate.parse("2027-01-02").plusWeeks(week))).toList(), weekly);
        // a negative DURATION, and an end equal to the start, take one night each too
        assertEquals(100, read(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101", "DURATION:-P400D",
                "RRULE:FREQ=WEEKLY;COUNT=100", "END:VEVENT"), BERLIN).get(0).nights().size());
        assertEquals(List.of(nights("2027-01-01", "2027-01-02"), nights("2027-01-02", "2027-01-03")), read(calendar("BEGIN:VEVENT",
                "DTSTART:20270101T100000Z", "DTEND:20270101T100000Z", "RRULE:FREQ=DAILY;COUNT=2", "END:VEVENT"), BERLIN).get(0).nights());
    }

    private static void assertMalformed(String text, String expected) {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> read(text, NEW_YORK));
        String message = invalid.errors().get(0).message();
        assertEquals("body", invalid.errors().get(0).field());
        assertTrue(message.contains(expected), message);
    }

    @Test
    void durationsBeyondAnyDateAreA400NotAFailure() {
        for (String duration : new String[] {"P999999999Y", "P99999999999D", "PT999999999999999H"}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> read(calendar("BEGIN:VEVENT",
                    "DTSTART;VALUE=DATE:20270301", "DURATION:" + duration, "END:VEVENT"), NEW_YORK), duration);
            assertEquals("body", refused.errors().get(0).field());
        }
        assertThrows(InvalidInput.class, () -> read(calendar("BEGIN:VEVENT",
                "DTSTART:20270301T100000Z", "DURATION:PT99999999999999H", "END:VEVENT"), NEW_YORK));
    }

    @Test
    void aSummaryCannotSmuggleControlCharactersIntoNotes() {
        List<CalendarEvent> events = read(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270301",
                "SUMMARY:Busy\u0007\u001B[31m red\\nX-INJECTED:1", "END:VEVENT"), NEW_YORK);
        String summary = events.get(0).summary();
        assertTrue(summary.chars().noneMatch(Character::isISOControl), summary);
        assertTrue(summary.startsWith("Busy") && summary.endsWith("[31m red X-INJECTED:1"), summary);
    }
}
