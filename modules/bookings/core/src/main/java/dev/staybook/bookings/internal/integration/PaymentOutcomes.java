package dev.staybook.bookings.internal.integration;

import dev.staybook.bookings.internal.application.BookingService;
import dev.staybook.payments.api.event.PaymentAuthorized;
import dev.staybook.payments.api.event.PaymentFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Moves bookings on when payments reports an outcome. Redelivered outcomes change nothing. */
@ApplicationScoped
public class PaymentOutcomes {

    @Inject
    BookingService bookings;

    void authorized(@Observes PaymentAuthorized event) {
        bookings.paymentAuthorized(event.bookingId());
    }

    void failed(@Observes PaymentFailed event) {
        bookings.paymentFailed(event.bookingId(), event.reason());
    }
}
