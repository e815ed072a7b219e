package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.application.CalendarView;
import dev.staybook.listings.internal.domain.DayStatus;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A listing's nights over a span: status, price and minimum stay of each, notes for its host. */
@Schema(requiredProperties = {"listingId", "timeZone", "days"})
public record CalendarResponse(@Schema(format = "uuid") String listingId, String timeZone, List<Day> days) {

    /** One night. */
    @Schema(requiredProperties = {"date", "status", "price", "minNights"})
    public record Day(@Schema(format = "date") String date,
                      @Schema(description = "Only an AVAILABLE night can be part of a stay booked now. BLOCKED by the host; BOOKED; "
                                      + "PREPARATION: kept free beside a booked stay; PAST; TOO_SOON: within the host's advance notice, "
                                      + "or today after its check-in time; BEYOND_HORIZON: after the booking horizon (730 nights)")
                      DayStatus status,
                      MoneyResponse price, int minNights, String note) {
    }

    static CalendarResponse of(CalendarView view) {
        return new CalendarResponse(view.listingId().toString(), view.timeZone().getId(), view.days().stream()
                .map(d -> new Day(d.date().toString(), d.status(), MoneyResponse.of(d.price()), d.minNights(), d.note()))
                .toList());
    }
}
