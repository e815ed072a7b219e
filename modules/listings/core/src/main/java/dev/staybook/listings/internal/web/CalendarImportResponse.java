package dev.staybook.listings.internal.web;

import dev.staybook.listings.internal.application.CalendarExchange;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a one-off iCalendar upload did. */
@Schema(name = "ImportResult", requiredProperties = {"imported", "blockedNights", "doubleBooked"})
public record CalendarImportResponse(
        @Schema(description = "Events within the booking horizon") int imported,
        @Schema(description = "Nights the upload blocks (booked nights are not counted)") int blockedNights,
        @Schema(description = DOUBLE_BOOKED) List<NightRange> doubleBooked) {

    static final String DOUBLE_BOOKED = "Nights the calendar marks taken that are booked on Staybook, earliest first: they stay "
            + "booked here, and the host settles the double booking with the other platform. Empty when there are none.";

    static CalendarImportResponse of(CalendarExchange.ImportResult result) {
        return new CalendarImportResponse(result.imported(), result.blockedNights(), NightRange.of(result.doubleBooked()));
    }
}
