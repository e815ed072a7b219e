package dev.staybook.listings.internal.graphql;

import dev.staybook.kernel.graphql.MoneyAmount;
import dev.staybook.listings.internal.domain.CalendarDay;
import org.eclipse.microprofile.graphql.Description;

/**
 * One night of a listing's calendar: its status (AVAILABLE, or why a stay booked now cannot hold it: BLOCKED, BOOKED,
 * PREPARATION, PAST, TOO_SOON, BEYOND_HORIZON), its price and the shortest stay that may start on it, and the host's
 * note (for its host and administrators only), as REST's calendar gives them.
 */
public final class CalendarNight {

    public final String date;
    @Description("AVAILABLE, or why a stay booked now cannot hold the night: BLOCKED, BOOKED, PREPARATION, PAST, TOO_SOON "
            + "(the host's advance notice, or today after its check-in time), BEYOND_HORIZON")
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
