package dev.staybook.payments.internal.application;

import dev.staybook.kernel.Money;
import dev.staybook.payments.internal.domain.Operation;
import dev.staybook.payments.internal.domain.Payment;
import dev.staybook.payments.internal.domain.PaymentStatus;
import dev.staybook.payments.internal.domain.SupportRefund;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A payment as read inside its transaction. */
public record PaymentView(UUID bookingId, UUID guestId, UUID hostId, PaymentStatus status, Money amount, Money captured,
                          Money refunded, Money hostPayout, String failureReason, String clientSecret,
                          Instant payableAt, UUID payoutId, List<Attempt> attempts, List<SupportRefund> supportRefunds) {

    /** One call to the gateway and its outcome. */
    public record Attempt(Operation.Kind kind, Money amount, GatewayOutcome.Status outcome, String failure, Instant at) {
    }

    static PaymentView of(Payment p, UUID payoutId, List<SupportRefund> supportRefunds) {
        List<Attempt> attempts = p.operations().stream().map(o -> new Attempt(o.kind(),
                o.amount() == null ? null : new Money(o.amount(), p.currency()), o.outcome(), o.failure(), o.occurredAt())).toList();
        return new PaymentView(p.bookingId(), p.guestId(), p.hostId(), p.status(), p.amount(), p.captured(), p.refunded(),
                p.hostPayout(), p.failureReason(), p.clientSecret(), p.payableAt(), payoutId, attempts,
                supportRefunds);
    }
}
