package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.ListingId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The host's calendar entries and the stays bookings hold, per listing. */
public interface CalendarRepository {

    /** The entries for nights in the span. */
    List<CalendarEntry> entries(ListingId listing, DateRange span);

    /** The booked stays that overlap the span. */
    List<DateRange> bookedStays(ListingId listing, DateRange span);

    /** Applies one change to every night of its range. */
    void apply(ListingId listing, CalendarChange change);

    /** Blocks each night given with its note, keeping existing prices; returns how many nights it wrote. */
    int block(ListingId listing, Map<LocalDate, String> notesByNight);

    /**
     * Makes the nights a subscription blocks in the span exactly these (with their notes): its nights not among them
     * become available again, and nights the host or another subscription blocked are left as they are. Returns
     * whether any night changed.
     */
    boolean replaceSubscriptionNights(ListingId listing, UUID subscription, DateRange span, Map<LocalDate, String> notesByNight);

    /** Makes every night the subscription blocked available again; returns how many. */
    int releaseSubscriptionNights(ListingId listing, UUID subscription);

    /** Drops every price override (they are amounts in the listing's former currency). */
    void clearPriceOverrides(ListingId listing);

    /** Records or moves the stay of a booking; returns false if it was already recorded exactly so. */
    boolean hold(UUID bookingId, ListingId listing, DateRange stay);

    /** Forgets the stay of a booking; returns its listing if there was one. */
    java.util.Optional<ListingId> release(UUID bookingId);
}
