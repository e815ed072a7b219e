package dev.staybook.bookings.api;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.ListingId;
import java.time.LocalDate;
import java.util.List;

/**
 * What other modules may ask bookings about the stays its bookings hold at a listing (those of
 * {@link BookingStatus#isActive() active} bookings), as committed: no event has to arrive first. Listings asks it
 * before a host's change that booked stays forbid, under the listing's booking lock (ListingCatalog#lockForBooking).
 */
public interface StayRegister {

    /** The stays held at the listing that share a night with the span. */
    List<DateRange> staysHeld(ListingId listing, DateRange span);

    /** Whether a stay held at the listing ends after the day (one ahead, or under way). */
    boolean holdsStaysEndingAfter(ListingId listing, LocalDate day);
}
