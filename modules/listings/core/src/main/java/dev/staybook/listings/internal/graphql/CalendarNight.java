package dev.staybook.listings.internal.graphql;

import dev.staybook.kernel.graphql.MoneyAmount;
import dev.staybook.listings.internal.domain.CalendarDay;

/** One night of a listing's calendar: AVAILABLE, BLOCKED, BOOKED or PREPARATION, and its price. */
public final class CalendarNight {

    public final String date;
    public final String status;
    public final MoneyAmount price;

    private CalendarNight(CalendarDay day) {
        this.date = day.date().toString();
        this.status = day.status().name();
        this.price = MoneyAmount.of(day.price());
    }

    static CalendarNight of(CalendarDay day) {
        return new CalendarNight(day);
    }
}
