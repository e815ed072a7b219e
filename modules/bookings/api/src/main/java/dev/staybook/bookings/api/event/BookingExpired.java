package dev.staybook.bookings.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.UUID;

/**
 * The booking lapsed (not paid in time, payment failed, or the host did not answer): the dates are
 * free again and any authorization is to be voided. {@code cause} is null in events written before it existed.
 */
public record BookingExpired(UUID eventId, BookingId bookingId, ListingId listingId, UserId guestId, UserId hostId,
                             DateRange stay, Cause cause, String reason, Instant occurredAt) implements BookingEvent {

    /** Why the booking lapsed; {@code reason} says it in words. */
    public enum Cause {
        /** The guest did not complete the payment within the payment window. */
        UNPAID,
        /** The gateway refused the payment (PaymentFailed tells the details). */
        PAYMENT_FAILED,
        /** The host did not answer the request before its deadline. */
        UNANSWERED
    }
}
