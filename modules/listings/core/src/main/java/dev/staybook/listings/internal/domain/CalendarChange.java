package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.input.FreeText;
import dev.staybook.listings.api.BookingHorizon;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * What a host changes for each night of a range: its availability (null: unchanged) and its price
 * ({@link PriceChange}; null: unchanged). A note goes with blocking only.
 */
public record CalendarChange(DateRange nights, Availability availability, String note, PriceChange price) {

    public static final int MAX_NIGHTS = 366;
    public static final int MAX_CHANGES = 50;
    public static final String COUNT_RULE = "must hold 1 to " + MAX_CHANGES + " changes";
    public static final int MAX_NOTE = 200;

    /** The availability a host can set; BOOKED and PREPARATION come from bookings. */
    public enum Availability { AVAILABLE, BLOCKED }

    /** A new price for the nights, or null to go back to the listing's base price. */
    public record PriceChange(Money price) {
    }

    public CalendarChange {
        note = Text.optional(note);
    }

    /** Checks the changes against today's date and the listing's currency; reports as {@code changes[i].field}. */
    public static void check(List<CalendarChange> changes, LocalDate today, Currency currency) {
        InputErrors errors = new InputErrors()
                .check(!changes.isEmpty() && changes.size() <= MAX_CHANGES, "changes", COUNT_RULE);
        for (int i = 0; i < changes.size(); i++) {
            changes.get(i).check("changes[%d].".formatted(i), today, currency, errors);
        }
        errors.throwIfAny("The calendar changes are invalid.");
    }

    private void check(String prefix, LocalDate today, Currency currency, InputErrors errors) {
        errors.check(!nights.checkIn().isBefore(today), prefix + "from", "must not be in the past (today is %s in the listing's time zone)".formatted(today))
                .check(nights.nights() <= MAX_NIGHTS, prefix + "to", "must be at most " + MAX_NIGHTS + " nights after from")
                .check(!nights.checkOut().isAfter(BookingHorizon.latestCheckOut(today)), prefix + "to",
                        "must be at most %d days ahead (%s): nights further away cannot be booked yet"
                                .formatted(BookingHorizon.DAYS, BookingHorizon.latestCheckOut(today)))
                .check(availability != null || price != null, prefix + "availability", "a change sets availability, price or both")
                .check(note == null || availability == Availability.BLOCKED, prefix + "note", "goes only with availability BLOCKED")
                .check(note == null || note.length() <= MAX_NOTE, prefix + "note", "must be at most " + MAX_NOTE + " characters")
                .check(FreeText.isSingleLine(note), prefix + "note", FreeText.singleLineMessage());
        if (price != null && price.price() != null) {
            errors.check(price.price().currency().equals(currency), prefix + "price.currency", "must be the listing's currency " + currency)
                    .check(price.price().amount().signum() > 0, prefix + "price.amount", "must be more than zero");
        }
    }
}
