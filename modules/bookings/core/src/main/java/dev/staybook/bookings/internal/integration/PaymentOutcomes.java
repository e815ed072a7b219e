package dev.staybook.bookings.internal.integration;

import dev.staybook.bookings.internal.application.BookingService;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.payments.api.event.CaptureFailed;
import dev.staybook.payments.api.event.PaymentAuthorized;
import dev.staybook.payments.api.event.PaymentFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Moves bookings on when payments reports an outcome (authorized, refused, or a capture it gave up on); a booking has one outcome, so no order is needed.
 * Batches of at most 20: each event loads a booking with its lines, nights and history, and every query of
 * the batch's transaction dirty-checks all of them.
 */
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
        return Subscriptions.inAnyOrder().batchesOfAtMost(20)
                .on(PaymentAuthorized.class, event -> bookings.paymentAuthorized(event.bookingId()))
                .on(PaymentFailed.class, event -> bookings.paymentFailed(event.bookingId(), event.reason()))
                .on(CaptureFailed.class, event -> bookings.paymentUncollectable(event.bookingId(), event.reason()));
    }
}
