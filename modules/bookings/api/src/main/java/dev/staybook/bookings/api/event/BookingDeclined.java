package dev.staybook.bookings.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.event.ErasedAfterDelivery;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.UUID;

/** The host declined the request: the dates are free again and the authorization is to be voided. */
public record BookingDeclined(UUID eventId, BookingId bookingId, ListingId listingId, UserId guestId, UserId hostId,
                              DateRange stay, @ErasedAfterDelivery String reason, Instant occurredAt) implements BookingEvent {
}
