package dev.staybook.bookings.internal.integration;

import dev.staybook.bookings.internal.application.BookingService;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.payments.api.event.CancellationRefunded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What payments gave back for a cancellation becomes the booking's refund: a support refund made after the
 * cancellation computed its refund, but before payments made it, counts towards it. One announcement per
 * cancellation, so no order is needed.
 */
@ApplicationScoped
public class CancellationRefunds implements EventSubscriber {

    @Inject
    BookingService bookings;

    @Override
    public String name() {
        return "bookings.cancellation-refunds";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().batchesOfAtMost(20)
                .on(CancellationRefunded.class, event -> bookings.cancellationRefunded(event.bookingId(), event.amount()));
    }
}
