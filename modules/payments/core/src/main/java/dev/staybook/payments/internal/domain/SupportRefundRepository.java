package dev.staybook.payments.internal.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Support refunds by booking and key. */
public interface SupportRefundRepository {

    Optional<SupportRefund> find(UUID bookingId, String idempotencyKey);

    List<SupportRefund> ofBooking(UUID bookingId);

    void add(SupportRefund refund);
}
