package dev.staybook.payments.internal.web;

import dev.staybook.kernel.Money;
import dev.staybook.payments.internal.domain.SupportRefund;
import java.time.Instant;

/** A refund support gave: SUCCEEDED, or FAILED with the gateway's reason (nothing moved; retry with a new key). */
public record SupportRefundResponse(String id, String bookingId, Money amount, String reason, String status, String failure,
                                    Instant createdAt) {

    static SupportRefundResponse of(SupportRefund refund) {
        return new SupportRefundResponse(refund.id().toString(), refund.bookingId().toString(), refund.amount(), refund.reason(),
                refund.status().name(), refund.failure(), refund.createdAt());
    }
}
