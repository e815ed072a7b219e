package dev.staybook.bookings.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.UUID;

/** The stay is confirmed: the authorized guest total is to be captured; the host will be owed {@code hostPayout}. */
public record BookingConfirmed(UUID eventId, BookingId bookingId, ListingId listingId, UserId guestId, UserId hostId,
                               DateRange stay, Money guestTotal, Money hostPayout, Instant occurredAt)
        implements IntegrationEvent {
}
