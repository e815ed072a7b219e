package dev.staybook.listings.api;

import dev.staybook.kernel.DateRange;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask listings: the terms of a listing, its prices and availability for a stay. */
public interface ListingCatalog {

    /** The listing's current terms, whatever its status; empty if there is no such listing. */
    Optional<BookableListing> find(ListingId id);

    /** The terms of several listings in one query (for lists); unknown ids are left out. */
    Map<ListingId, BookableListing> findAll(Collection<ListingId> ids);

    /** The price of every night of the stay, overrides applied, in order; empty if there is no such listing. */
    List<NightlyRate> nightlyRates(ListingId id, DateRange stay);

    /**
     * True if no night of the stay is blocked by the host and no booked stay (widened by the listing's
     * preparation days) overlaps it. Advisory: the bookings module's own constraint is the final word.
     */
    boolean isAvailable(ListingId id, DateRange stay);
}
