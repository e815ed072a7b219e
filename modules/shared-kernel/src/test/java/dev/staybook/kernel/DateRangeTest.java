package dev.staybook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static DateRange range(String checkIn, String checkOut) {
        return new DateRange(LocalDate.parse(checkIn), LocalDate.parse(checkOut));
    }

    @Test
    void countsNightsAcrossAYearBoundary() {
        assertEquals(4, range("2026-12-29", "2027-01-02").nights());
    }

    @Test
    void rejectsEmptyAndInvertedRanges() {
        assertThrows(IllegalArgumentException.class, () -> range("2027-03-01", "2027-03-01"));
        assertThrows(IllegalArgumentException.class, () -> range("2027-03-02", "2027-03-01"));
    }

    @Test
    void backToBackStaysDoNotOverlap() {
        assertFalse(range("2027-03-01", "2027-03-04").overlaps(range("2027-03-04", "2027-03-06")));
        assertTrue(range("2027-03-01", "2027-03-05").overlaps(range("2027-03-04", "2027-03-06")));
        assertTrue(range("2027-03-01", "2027-03-10").overlaps(range("2027-03-04", "2027-03-06")));
    }

    @Test
    void containsItsNightsButNotTheCheckOutDay() {
        DateRange stay = range("2027-03-01", "2027-03-03");
        assertTrue(stay.contains(LocalDate.parse("2027-03-01")));
        assertFalse(stay.contains(LocalDate.parse("2027-03-03")));
        assertEquals(List.of(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-02")), stay.nightsStream().toList());
    }

    @Test
    void consecutiveNightsJoinIntoRunsEarliestFirst() {
        LocalDate first = LocalDate.parse("2027-05-01");
        SortedSet<LocalDate> nights = new TreeSet<>(List.of(first.plusDays(6), first, first.plusDays(2),
                first.plusDays(1)));

        assertEquals(List.of(new DateRange(first, first.plusDays(3)), new DateRange(first.plusDays(6), first.plusDays(7))),
                DateRange.runsOf(nights));
        assertEquals(List.of(), DateRange.runsOf(new TreeSet<>()));
    }
}
