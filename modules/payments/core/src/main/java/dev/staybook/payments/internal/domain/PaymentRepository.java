package dev.staybook.payments.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payments by booking. */
public interface PaymentRepository {

    Optional<Payment> findByBooking(UUID bookingId);

    /** Finds the payment and locks it, so that concurrent events about one booking apply one after the other. */
    Optional<Payment> findByBookingForUpdate(UUID bookingId);

    /**
     * The payment a gateway's notice is about, locked as {@link #findByBookingForUpdate} locks it and read after the
     * lock: notices about one payment (retries, or several at once) apply one after the other.
     */
    Optional<Payment> findByGatewayReferenceForUpdate(String gateway, String reference);

    void add(Payment payment);

    /**
     * Locks at most {@code limit} payments whose capture retry is due at {@code now}, skipping those another
     * transaction holds (another instance's sweep, or an event about the same booking).
     */
    List<Payment> lockCapturesDue(Instant now, int limit);
}
