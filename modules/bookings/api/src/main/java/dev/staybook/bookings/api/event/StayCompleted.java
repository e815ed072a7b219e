package dev.staybook.bookings.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.UUID;

/** The guest checked out: the host's payout becomes payable, and both sides may now review each other. */
public record StayCompleted(UUID eventId, BookingId bookingId, ListingId listingId, UserId guestId, UserId hostId,
                            DateRange stay, Money hostPayout, Instant checkedOutAt, Instant occurredAt)
        implements BookingEvent {
}
