package dev.staybook.bookings.internal.graphql;

import dev.staybook.kernel.graphql.MoneyAmount;
import dev.staybook.payments.api.PaymentSummary;

/** Where the booking's payment stands. */
public final class BookingPayment {

    public final String status;
    public final MoneyAmount amount;
    public final MoneyAmount captured;
    public final MoneyAmount refunded;

    private BookingPayment(PaymentSummary payment) {
        this.status = payment.status();
        this.amount = MoneyAmount.of(payment.amount());
        this.captured = MoneyAmount.of(payment.captured());
        this.refunded = MoneyAmount.of(payment.refunded());
    }

    static BookingPayment of(PaymentSummary payment) {
        return payment == null ? null : new BookingPayment(payment);
    }
}
