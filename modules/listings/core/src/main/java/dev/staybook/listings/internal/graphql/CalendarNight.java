package dev.staybook.listings.internal.graphql;

import dev.staybook.kernel.graphql.MoneyAmount;
import dev.staybook.listings.internal.domain.CalendarDay;

/**
 * One night of a listing's calendar: AVAILABLE, BLOCKED, BOOKED or PREPARATION, its price and the shortest stay that may
 * start on it, and the host's note (for its host and administrators only), as REST's calendar gives them.
 */
public final class CalendarNight {

    public final String date;
    public final String status;
    public final MoneyAmount price;
    public final int minNights;
    public final String note;

    private CalendarNight(CalendarDay day) {
        this.date = day.date().toString();
        this.status = day.status().name();
        this.price = MoneyAmount.of(day.price());
        this.minNights = day.minNights();
        this.note = day.note();
    }

    static CalendarNight of(CalendarDay day) {
        return new CalendarNight(day);
    }
}
