package dev.staybook.payments.internal.integration;

import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.bookings.api.event.BookingConfirmed;
import dev.staybook.bookings.api.event.BookingDeclined;
import dev.staybook.bookings.api.event.BookingExpired;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.bookings.api.event.StayCompleted;
import dev.staybook.payments.internal.application.PaymentProcessing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The booking events that move money, delivered from the bookings outbox. Each is handled in its own
 * transaction; a failure makes the outbox retry it later.
 */
@ApplicationScoped
public class BookingMoneyEvents {

    @Inject
    PaymentProcessing processing;

    void placed(@Observes BookingPlaced event) {
        processing.placed(event);
    }

    void confirmed(@Observes BookingConfirmed event) {
        processing.confirmed(event);
    }

    void declined(@Observes BookingDeclined event) {
        processing.endedUncharged(event, event.bookingId());
    }

    void expired(@Observes BookingExpired event) {
        processing.endedUncharged(event, event.bookingId());
    }

    void cancelled(@Observes BookingCancelled event) {
        processing.cancelled(event);
    }

    void completed(@Observes StayCompleted event) {
        processing.completed(event);
    }
}
