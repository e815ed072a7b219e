package dev.staybook.bookings.internal.outbox;

import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.bookings.api.event.BookingConfirmed;
import dev.staybook.bookings.api.event.BookingDeclined;
import dev.staybook.bookings.api.event.BookingExpired;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.bookings.api.event.BookingRequested;
import dev.staybook.bookings.api.event.StayCompleted;
import dev.staybook.outbox.EventTypes;
import dev.staybook.outbox.OutboxStore;
import java.util.List;

/** The events the bookings module announces, and its outbox table. */
final class BookingEventTypes {

    static final EventTypes TYPES = new EventTypes(List.of(BookingPlaced.class, BookingRequested.class,
            BookingConfirmed.class, BookingDeclined.class, BookingExpired.class, BookingCancelled.class, StayCompleted.class));
    static final OutboxStore STORE = new OutboxStore("bookings", TYPES);

    private BookingEventTypes() {
    }
}
