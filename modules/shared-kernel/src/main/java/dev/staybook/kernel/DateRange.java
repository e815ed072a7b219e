package dev.staybook.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
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

    /** Each night of the stay, in order. */
    public Stream<LocalDate> nightsStream() {
        return checkIn.datesUntil(checkOut);
    }

    @Override
    public String toString() {
        return "[" + checkIn + ", " + checkOut + ")";
    }
}
