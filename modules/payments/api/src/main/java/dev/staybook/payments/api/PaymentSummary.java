package dev.staybook.payments.api;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.kernel.Money;

/**
 * Where a booking's payment stands: its status and the amounts authorized, captured and refunded (of which
 * {@code refundedBySupport} by support refunds).
 */
public record PaymentSummary(BookingId bookingId, String status, Money amount, Money captured, Money refunded,
                             Money refundedBySupport) {

    /** The status of a payment whose capture the gateway refused; payments retries it, then gives up (CaptureFailed). */
    public static final String CAPTURE_FAILED = "CAPTURE_FAILED";

    /** A payment support refunded nothing of. */
    public PaymentSummary(BookingId bookingId, String status, Money amount, Money captured, Money refunded) {
        this(bookingId, status, amount, captured, refunded, Money.zero(amount.currency()));
    }

    /**
     * What a cancellation whose policy refunds {@code policyRefund} gives back: support refunds count towards the
     * policy's refund, and never more than remains captured after them is given (payments refunds exactly this).
     * Without support refunds it is the policy's refund, even before the capture this summary may not show yet.
     */
    public Money refundOnCancellation(Money policyRefund) {
        if (refundedBySupport.isZero()) {
            return policyRefund;
        }
        Money due = policyRefund.minus(refundedBySupport);
        Money remaining = captured.minus(refundedBySupport);
        Money refund = due.compareTo(remaining) <= 0 ? due : remaining;
        return refund.isNegative() ? Money.zero(policyRefund.currency()) : refund;
    }
}
