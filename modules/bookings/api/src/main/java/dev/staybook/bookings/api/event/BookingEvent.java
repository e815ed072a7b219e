package dev.staybook.bookings.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.listings.api.ListingId;
import java.util.UUID;

/** Every fact about a booking names the booking, which it is about, and the listing booked. */
public interface BookingEvent extends IntegrationEvent {

    BookingId bookingId();

    ListingId listingId();

    @Override
    default UUID aggregateId() {
        return bookingId().value();
    }
}
