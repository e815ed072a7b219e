package dev.staybook.bookings.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.UUID;

/** Payment is authorized and the host must accept or decline before {@code respondBy}. */
public record BookingRequested(UUID eventId, BookingId bookingId, ListingId listingId, UserId guestId, UserId hostId,
                               DateRange stay, Instant respondBy, Instant occurredAt) implements BookingEvent {
}
