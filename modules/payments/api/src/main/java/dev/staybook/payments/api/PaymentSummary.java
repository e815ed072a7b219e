package dev.staybook.payments.api;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.kernel.Money;

/** Where a booking's payment stands: its status and the amounts authorized, captured and refunded. */
public record PaymentSummary(BookingId bookingId, String status, Money amount, Money captured, Money refunded) {

    /** The status of a payment whose capture the gateway refused; payments retries it, then gives up (CaptureFailed). */
    public static final String CAPTURE_FAILED = "CAPTURE_FAILED";
}
