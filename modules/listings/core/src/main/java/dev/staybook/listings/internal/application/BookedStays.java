package dev.staybook.listings.internal.application;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.internal.domain.CalendarRepository;
import dev.staybook.listings.internal.domain.Listing;
import dev.staybook.listings.internal.domain.ListingRepository;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * The nights bookings hold, as the bookings module tells listings through its events (BookingCalendarSync).
 * Both operations are keyed by booking id; each announces ListingCalendarChanged when nights changed.
 */
@ApplicationScoped
@Transactional
public class BookedStays {

    @Inject
    ListingRepository listings;
    @Inject
    CalendarRepository calendar;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;

    /** Records the booking's stay (or moves it to new dates); fails with 404 for an unknown listing. */
    public void hold(UUID bookingId, ListingId listingId, DateRange stay) {
        Listing listing = listings.find(listingId).orElseThrow(VisibleListings::notFound);
        if (calendar.hold(bookingId, listingId, stay)) {
            outbox.publish(CalendarChanges.of(listingId, listing.hostId(), clock.instant()));
        }
    }

    /** Frees the booking's nights; unknown or already released bookings are ignored. */
    public void release(UUID bookingId) {
        calendar.release(bookingId).flatMap(listings::find).ifPresent(listing ->
                outbox.publish(CalendarChanges.of(listing.id(), listing.hostId(), clock.instant())));
    }
}
