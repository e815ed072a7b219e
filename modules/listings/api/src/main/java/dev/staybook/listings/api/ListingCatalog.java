package dev.staybook.listings.api;

import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.DateRange;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask listings: the terms of a listing, its prices and availability for a stay. */
public interface ListingCatalog {

    /** The listing's current terms, whatever its status; empty if there is no such listing. */
    Optional<BookableListing> find(ListingId id);

    /**
     * Whether the caller may see the listing (anyone a published one; its host and administrators any): what may be
     * shown about a listing, its reviews included, is shown only to them; to anyone else it does not exist.
     */
    boolean isVisibleTo(ListingId id, Optional<Caller> caller);

    /** The terms of several listings in one query (for lists); unknown ids are left out. */
    Map<ListingId, BookableListing> findAll(Collection<ListingId> ids);

    /**
     * The price of every night of the stay at this listing (as {@link #find} gave it), overrides applied, in order, if
     * the stay is available: no night of it blocked by the host and no booked stay (widened by the listing's
     * preparation days) overlapping it; empty if some night is taken. Advisory: the bookings module's own constraint is
     * the final word. One read of the calendar answers both questions.
     */
    Optional<List<NightlyRate>> availableNightlyRates(BookableListing listing, DateRange stay);

    /**
     * The listing's exact address, which listings shows only to its host: bookings gives it to guests whose stay is
     * confirmed. Empty for an unknown listing.
     */
    Optional<ListingAddress> exactAddress(ListingId id);

    /**
     * Holds the listing still for a booking until the caller's transaction ends: the host's changes to its terms,
     * status and blocked nights wait for the booking to commit (and then see it), and the booking, if a change came
     * first, reads what it saved. Bookings of one listing do not wait for each other. Call it before {@link #find}.
     */
    void lockForBooking(ListingId id);
}
