package dev.staybook.payments.internal.web;

import dev.staybook.kernel.Money;
import dev.staybook.payments.internal.domain.SupportRefund;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refund support gave: SUCCEEDED, or FAILED with the gateway's reason (nothing moved; retry with a new key). */
@Schema(requiredProperties = {"id", "bookingId", "amount", "reason", "status", "createdAt"})
public record SupportRefundResponse(@Schema(format = "uuid") String id, @Schema(format = "uuid") String bookingId, Money amount,
                                    String reason, @Schema(enumeration = {"SUCCEEDED", "FAILED"}) String status, String failure,
                                    Instant createdAt) {

    static SupportRefundResponse of(SupportRefund refund) {
        return new SupportRefundResponse(refund.id().toString(), refund.bookingId().toString(), refund.amount(), refund.reason(),
                refund.status().name(), refund.failure(), refund.createdAt());
    }
}
