package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.application.CalendarView;
import java.util.List;

/** A listing's nights over a span: status, price and minimum stay of each, notes for its host. */
public record CalendarResponse(String listingId, String timeZone, List<Day> days) {

    /** One night. */
    public record Day(String date, String status, MoneyResponse price, int minNights, String note) {
    }

    static CalendarResponse of(CalendarView view) {
        return new CalendarResponse(view.listingId().toString(), view.timeZone().getId(), view.days().stream()
                .map(d -> new Day(d.date().toString(), d.status().name(), MoneyResponse.of(d.price()), d.minNights(), d.note()))
                .toList());
    }
}
