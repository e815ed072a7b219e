package dev.staybook.listings.internal.integration;

import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.bookings.api.event.BookingDeclined;
import dev.staybook.bookings.api.event.BookingExpired;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.listings.internal.application.BookedStays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Keeps the calendar's booked nights in step with the bookings module: a placed booking holds its
 * nights (also while its payment is pending, as the bookings module's constraint does); a declined,
 * expired or cancelled one frees them. Each event is handled in its own transaction, and repeating one
 * changes nothing, so redelivery from the bookings outbox is harmless.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class BookingCalendarSync {

    @Inject
    BookedStays bookedStays;

    void placed(@Observes BookingPlaced event) {
        bookedStays.hold(event.bookingId().value(), event.listingId(), event.stay());
    }

    void declined(@Observes BookingDeclined event) {
        bookedStays.release(event.bookingId().value());
    }

    void expired(@Observes BookingExpired event) {
        bookedStays.release(event.bookingId().value());
    }

    void cancelled(@Observes BookingCancelled event) {
        bookedStays.release(event.bookingId().value());
    }
}
