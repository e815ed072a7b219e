package dev.staybook.payments.internal.integration;

import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.bookings.api.event.BookingConfirmed;
import dev.staybook.bookings.api.event.BookingDeclined;
import dev.staybook.bookings.api.event.BookingExpired;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.bookings.api.event.StayCompleted;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.payments.internal.application.PaymentProcessing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The booking events that move money. In order per booking: the payment that BookingPlaced creates must
 * exist before the capture, void or refund of a later event. Batches of at most 20: each event loads a
 * payment and its operations, and every query of the batch's transaction dirty-checks all of them. The
 * gateway calls of a batch (authorizations, captures, voids, refunds) are made at the same time: a remote
 * provider answers in hundreds of milliseconds.
 */
@ApplicationScoped
public class BookingMoneyEvents implements EventSubscriber {

    @Inject
    PaymentProcessing processing;

    @Override
    public String name() {
        return "payments.booking-money";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inOrderPerAggregate().batchesOfAtMost(20)
                .onCalling(BookingPlaced.class, processing::placed)
                .onCalling(BookingConfirmed.class, processing::confirmed)
                .onCalling(BookingDeclined.class, event -> processing.endedUncharged(event.bookingId()))
                .onCalling(BookingExpired.class, event -> processing.endedUncharged(event.bookingId()))
                .onCalling(BookingCancelled.class, processing::cancelled)
                .on(StayCompleted.class, processing::completed);
    }
}
