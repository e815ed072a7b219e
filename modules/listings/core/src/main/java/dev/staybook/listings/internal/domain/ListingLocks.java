package dev.staybook.listings.internal.domain;

import dev.staybook.listings.api.ListingId;

/**
 * A listing's booking lock, held until the transaction ends, between bookings being placed there (shared: they do not
 * wait for each other) and the host's changes to what a booking depends on (exclusive: terms, status, blocked nights).
 * Whichever commits first, the other then sees it: a host's block or archive checks the booked stays after the
 * bookings placed meanwhile have committed, and a booking reads the terms the host last saved.
 */
public interface ListingLocks {

    void shared(ListingId listing);

    void exclusive(ListingId listing);
}
