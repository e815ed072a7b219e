package dev.staybook.listings.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.UuidV7;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.event.ListingCalendarChanged;
import java.time.Instant;

/** The announcement that a listing's nights changed (host blocks and prices, imports, booked or freed nights). */
final class CalendarChanges {

    private CalendarChanges() {
    }

    static ListingCalendarChanged of(ListingId listing, UserId host, Instant at) {
        return new ListingCalendarChanged(UuidV7.generate(at), listing, host, at);
    }
}
