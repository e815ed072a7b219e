package dev.staybook.bookings.internal.domain;

import static dev.staybook.bookings.internal.domain.Fixtures.stay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StayTimesTest {

    @Test
    void turnsLocalCheckInAndCheckOutTimesIntoInstants() {
        StayTimes times = StayTimes.of(stay("2027-07-01", "2027-07-03"), ZoneId.of("Europe/Amsterdam"), LocalTime.of(15, 0), LocalTime.of(11, 0));
        assertEquals(Instant.parse("2027-07-01T13:00:00Z"), times.checkInAt());
        assertEquals(Instant.parse("2027-07-03T09:00:00Z"), times.checkOutAt());
    }

    @Test
    void aStayAcrossTheSpringForwardChangeIsAnHourShorter() {
        // New York moves its clocks from 02:00 to 03:00 on 14 March 2027
        StayTimes times = StayTimes.of(stay("2027-03-13", "2027-03-15"), ZoneId.of("America/New_York"), LocalTime.of(15, 0), LocalTime.of(15, 0));
        assertEquals(Duration.ofHours(47), Duration.between(times.checkInAt(), times.checkOutAt()));
    }

    @Test
    void aCheckInTimeThatDaylightSavingSkipsMovesForward() {
        StayTimes times = StayTimes.of(stay("2027-03-14", "2027-03-15"), ZoneId.of("America/New_York"), LocalTime.of(2, 30), LocalTime.of(11, 0));
        assertEquals(Instant.parse("2027-03-14T07:30:00Z"), times.checkInAt()); // 03:30 EDT
    }

    @Test
    void aStayAcrossTheYearBoundaryEndsInTheNewYear() {
        StayTimes times = StayTimes.of(stay("2026-12-30", "2027-01-02"), ZoneId.of("Pacific/Auckland"), LocalTime.of(14, 0), LocalTime.of(10, 0));
        assertEquals(Instant.parse("2026-12-30T01:00:00Z"), times.checkInAt());
        assertEquals(Instant.parse("2027-01-01T21:00:00Z"), times.checkOutAt());
    }
}
