package dev.staybook.listings.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the host said about one night: blocked (with a private note) and/or a price other than the base price. */
public record CalendarEntry(LocalDate night, boolean blocked, String note, BigDecimal priceOverride) {
}
