package dev.staybook.bookings.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.api.PriceLine;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The stay is confirmed: the authorized guest total is to be captured; the host will be owed
 * {@code hostPayout}. {@code lines} is the price the guest agreed to, line by line.
 */
public record BookingConfirmed(UUID eventId, BookingId bookingId, ListingId listingId, UserId guestId, UserId hostId,
                               DateRange stay, Money guestTotal, Money hostPayout, List<PriceLine> lines,
                               Instant occurredAt) implements BookingEvent {

    public BookingConfirmed {
        lines = List.copyOf(lines);
    }
}
