package dev.staybook.listings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.NightlyRate;
import dev.staybook.listings.api.PriceRules;
import dev.staybook.listings.api.StayRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityCalendarTest {

    private static final PriceRules PRICES = new PriceRules(Money.of("100.00", "EUR"), Money.of("20.00", "EUR"), BigDecimal.TEN, BigDecimal.ZERO);
    private static final StayRules ONE_PREPARATION_DAY = new StayRules(2, 30, 0, 1);

    private static LocalDate march(int day) {
        return LocalDate.of(2027, 3, day);
    }

    private static DateRange nights(int from, int to) {
        return new DateRange(march(from), march(to));
    }

    private final AvailabilityCalendar calendar = new AvailabilityCalendar(PRICES, ONE_PREPARATION_DAY,
            List.of(new CalendarEntry(march(3), true, "painting", null),
                    new CalendarEntry(march(4), false, null, new BigDecimal("150.000")),
                    new CalendarEntry(march(11), true, "host's own stay", new BigDecimal("90"))),
            List.of(nights(10, 12)));

    @Test
    void bookedBeatsBlockedBeatsPreparation() {
        assertEquals(DayStatus.AVAILABLE, calendar.statusOf(march(1)));
        assertEquals(DayStatus.BLOCKED, calendar.statusOf(march(3)));
        assertEquals(DayStatus.PREPARATION, calendar.statusOf(march(9)));
        assertEquals(DayStatus.BOOKED, calendar.statusOf(march(10)));
        assertEquals(DayStatus.BOOKED, calendar.statusOf(march(11)));
        assertEquals(DayStatus.PREPARATION, calendar.statusOf(march(12)));
        assertEquals(DayStatus.AVAILABLE, calendar.statusOf(march(13)));
    }

    @Test
    void outsideTheBookingWindowOnlyAvailableNightsSayWhyNot() {
        BookingWindow window = BookingWindow.of(march(10), false, new StayRules(2, 30, 3, 1));
        assertEquals(DayStatus.PAST, calendar.statusWithin(window, march(8)));
        assertEquals(DayStatus.PREPARATION, calendar.statusWithin(window, march(9)));
        assertEquals(DayStatus.BOOKED, calendar.statusWithin(window, march(11)));
        assertEquals(DayStatus.PREPARATION, calendar.statusWithin(window, march(12)));
        assertEquals(DayStatus.AVAILABLE, calendar.statusWithin(window, march(13)));
    }

    @Test
    void daysCarryPriceMinimumStayAndNote() {
        List<CalendarDay> days = calendar.days(nights(3, 5), BookingWindow.of(march(1), false, ONE_PREPARATION_DAY));
        assertEquals(2, days.size());
        assertEquals("painting", days.get(0).note());
        assertEquals(Money.of("100.00", "EUR"), days.get(0).price());
        assertEquals(Money.of("150.00", "EUR"), days.get(1).price());
        assertNull(days.get(1).note());
        assertEquals(2, days.get(1).minNights());
    }

    @Test
    void aStayIsAvailableWithoutBlocksOrBookingsWithinThePreparationDays() {
        assertTrue(calendar.isAvailable(nights(5, 9)));
        assertFalse(calendar.isAvailable(nights(2, 4)), "blocked night");
        assertFalse(calendar.isAvailable(nights(8, 10)), "checks out on the booked check-in: no preparation day");
        assertFalse(calendar.isAvailable(nights(12, 14)), "checks in on the booked check-out: no preparation day");
        assertTrue(calendar.isAvailable(nights(13, 15)));
        assertTrue(calendar.isBooked(nights(11, 12)));
        assertFalse(calendar.isBooked(nights(12, 13)));
    }

    @Test
    void nightlyRatesApplyOverrides() {
        assertEquals(List.of(new NightlyRate(march(4), Money.of("150.00", "EUR")), new NightlyRate(march(5), Money.of("100.00", "EUR"))),
                calendar.nightlyRates(nights(4, 6)));
    }

    @Test
    void unavailableRunsJoinBlockedAndBookedNights() {
        assertEquals(List.of(nights(3, 4), nights(10, 12)), calendar.unavailableRuns(nights(1, 20)));
        assertEquals(List.of(nights(10, 11)), calendar.unavailableRuns(nights(10, 11)));
    }

    @Test
    void theLoadingSpanReachesThePreparationDays() {
        assertEquals(nights(4, 11), AvailabilityCalendar.loadingSpan(nights(5, 10), ONE_PREPARATION_DAY));
    }
}
