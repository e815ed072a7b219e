package dev.staybook.bookings.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.UUID;

/**
 * The booking lapsed (not paid in time, payment failed, or the host did not answer): the dates are
 * free again and any authorization is to be voided.
 */
public record BookingExpired(UUID eventId, BookingId bookingId, ListingId listingId, UserId guestId, UserId hostId,
                             DateRange stay, String reason, Instant occurredAt) implements BookingEvent {
}
