package dev.staybook.listings.internal.integration;

import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.bookings.api.event.BookingDeclined;
import dev.staybook.bookings.api.event.BookingEvent;
import dev.staybook.bookings.api.event.BookingExpired;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.listings.internal.application.BookedStays;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;

/**
 * Keeps the calendar's booked nights in step with the bookings module: a placed booking holds its
 * nights (also while its payment is pending, as the bookings module's constraint does); a declined,
 * expired or cancelled one frees them. In order per booking: a stay is held before it is freed. Each
 * change locks its listing's row (to keep its night summaries exact), so a batch takes its bookings in
 * listing order: concurrent batches then lock listings in the same order and never deadlock.
 */
@ApplicationScoped
public class BookingCalendarSync implements EventSubscriber {

    @Inject
    BookedStays bookedStays;

    @Override
    public String name() {
        return "listings.booked-nights";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inOrderPerAggregate()
                .batchedInOrderOf(Comparator.comparing(event -> ((BookingEvent) event).listingId().value()))
                .on(BookingPlaced.class, event -> bookedStays.hold(event.bookingId().value(), event.listingId(), event.stay()))
                .on(BookingDeclined.class, event -> bookedStays.release(event.bookingId().value()))
                .on(BookingExpired.class, event -> bookedStays.release(event.bookingId().value()))
                .on(BookingCancelled.class, event -> bookedStays.release(event.bookingId().value()));
    }
}
