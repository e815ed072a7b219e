package dev.staybook.listings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.listings.api.BookingHorizon;
import dev.staybook.listings.api.StayRules;
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
}
