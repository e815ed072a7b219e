package dev.staybook.listings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.listings.api.BookingHorizon;
import dev.staybook.listings.api.StayRules;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BookingWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 5);
    private static final StayRules NO_NOTICE = new StayRules(1, 30, 0, 0);
    private static final StayRules TWO_DAYS_NOTICE = new StayRules(1, 30, 2, 0);

    @Test
    void theAdvanceNoticeMovesTheEarliestCheckIn() {
        BookingWindow window = BookingWindow.of(TODAY, false, TWO_DAYS_NOTICE);
        assertEquals(DayStatus.PAST, window.statusOf(TODAY.minusDays(1)));
        assertEquals(DayStatus.TOO_SOON, window.statusOf(TODAY));
        assertEquals(DayStatus.TOO_SOON, window.statusOf(TODAY.plusDays(1)));
        assertEquals(DayStatus.AVAILABLE, window.statusOf(TODAY.plusDays(2)));
    }

    @Test
    void todayClosesAtItsCheckInTimeWithoutNotice() {
        assertEquals(DayStatus.AVAILABLE, BookingWindow.of(TODAY, false, NO_NOTICE).statusOf(TODAY));
        assertEquals(DayStatus.TOO_SOON, BookingWindow.of(TODAY, true, NO_NOTICE).statusOf(TODAY));
        assertEquals(DayStatus.AVAILABLE, BookingWindow.of(TODAY, true, NO_NOTICE).statusOf(TODAY.plusDays(1)));
        assertEquals(TODAY.plusDays(2), BookingWindow.of(TODAY, true, TWO_DAYS_NOTICE).earliestCheckIn(),
                "the notice already starts tomorrow or later");
    }

    @Test
    void theLastNightIsTheOneBeforeTheHorizonsLatestCheckOut() {
        BookingWindow window = BookingWindow.of(TODAY, false, NO_NOTICE);
        LocalDate latestCheckOut = BookingHorizon.latestCheckOut(TODAY);
        assertEquals(DayStatus.AVAILABLE, window.statusOf(latestCheckOut.minusDays(1)));
        assertEquals(DayStatus.BEYOND_HORIZON, window.statusOf(latestCheckOut));
    }

    @Test
    void aCheckInTimeMayHaveComeOnlyOnceItsDayHasBegunSomewhere() {
        // 2027-03-05T09:59Z is still the 5th at UTC+14; a minute later the 6th begins there (Kiritimati)
        assertFalse(BookingWindow.checkInTimeMayHaveCome(TODAY.plusDays(1), Instant.parse("2027-03-05T09:59:00Z")));
        assertTrue(BookingWindow.checkInTimeMayHaveCome(TODAY.plusDays(1), Instant.parse("2027-03-05T10:00:00Z")));
        assertTrue(BookingWindow.checkInTimeMayHaveCome(TODAY, Instant.parse("2027-03-05T09:59:00Z")));
        assertTrue(BookingWindow.checkInTimeMayHaveCome(TODAY.minusDays(1), Instant.parse("2027-03-05T11:00:00Z")),
                "the 4th lasts until noon UTC at UTC-12");
    }

    @Test
    void theNearestHorizonIsCountedFromTheEarliestTodayOnEarth() {
        Instant noonUtc = Instant.parse("2027-03-05T11:00:00Z"); // still the 4th at UTC-12
        LocalDate nearestLatestCheckOut = BookingHorizon.latestCheckOut(TODAY.minusDays(1));
        assertFalse(BookingWindow.mayPassTheHorizon(nearestLatestCheckOut, noonUtc));
        assertTrue(BookingWindow.mayPassTheHorizon(nearestLatestCheckOut.plusDays(1), noonUtc));
        assertFalse(BookingWindow.mayPassTheHorizon(nearestLatestCheckOut.plusDays(1), Instant.parse("2027-03-05T12:00:00Z")));
    }
}
