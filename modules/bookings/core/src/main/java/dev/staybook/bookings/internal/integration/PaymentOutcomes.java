package dev.staybook.bookings.internal.integration;

import dev.staybook.bookings.internal.application.BookingService;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.payments.api.event.PaymentAuthorized;
import dev.staybook.payments.api.event.PaymentFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Moves bookings on when payments reports an outcome; a booking has one outcome, so no order is needed. */
@ApplicationScoped
public class PaymentOutcomes implements EventSubscriber {

    @Inject
    BookingService bookings;

    @Override
    public String name() {
        return "bookings.payment-outcomes";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder()
                .on(PaymentAuthorized.class, event -> bookings.paymentAuthorized(event.bookingId()))
                .on(PaymentFailed.class, event -> bookings.paymentFailed(event.bookingId(), event.reason()));
    }
}
