package dev.staybook.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.stream.Stream;

/**
 * The nights of a stay: check-in inclusive, check-out exclusive, as dates in the listing's time zone.
 * Half-open like PostgreSQL's {@code daterange '[)'}, so back-to-back stays do not overlap.
 */
public record DateRange(LocalDate checkIn, LocalDate checkOut) {

    public DateRange {
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(checkOut, "checkOut");
        if (!checkOut.isAfter(checkIn)) {
            throw new IllegalArgumentException("checkOut %s must be after checkIn %s".formatted(checkOut, checkIn));
        }
    }

    public long nights() {
        return ChronoUnit.DAYS.between(checkIn, checkOut);
    }

    public boolean overlaps(DateRange other) {
        return checkIn.isBefore(other.checkOut) && other.checkIn.isBefore(checkOut);
    }

    public boolean contains(LocalDate night) {
        return !night.isBefore(checkIn) && night.isBefore(checkOut);
    }

    /** Consecutive nights joined into one range each, earliest first ({@code [1, 2, 3, 7]} is {@code [1, 4)} and {@code [7, 8)}). */
    public static List<DateRange> runsOf(SortedSet<LocalDate> nights) {
        List<DateRange> runs = new ArrayList<>();
        LocalDate start = null;
        LocalDate next = null;
        for (LocalDate night : nights) {
            if (!night.equals(next)) {
                if (start != null) {
                    runs.add(new DateRange(start, next));
                }
                start = night;
            }
            next = night.plusDays(1);
        }
        if (start != null) {
            runs.add(new DateRange(start, next));
        }
        return runs;
    }

    /** Each night of the stay, in order. */
    public Stream<LocalDate> nightsStream() {
        return checkIn.datesUntil(checkOut);
    }

    @Override
    public String toString() {
        return "[" + checkIn + ", " + checkOut + ")";
    }
}
