package dev.staybook.payments.internal.domain;

import java.util.Optional;
import java.util.UUID;

/** Payments by booking. */
public interface PaymentRepository {

    Optional<Payment> findByBooking(UUID bookingId);

    /** Finds the payment and locks it, so that concurrent events about one booking apply one after the other. */
    Optional<Payment> findByBookingForUpdate(UUID bookingId);

    Optional<Payment> findByGatewayReference(String gateway, String reference);

    void add(Payment payment);
}
