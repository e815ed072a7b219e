package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.Money;
import java.time.LocalDate;

/** One night as the calendar shows it; the note is the host's and only hosts and administrators see it. */
public record CalendarDay(LocalDate date, DayStatus status, Money price, int minNights, String note) {
}
