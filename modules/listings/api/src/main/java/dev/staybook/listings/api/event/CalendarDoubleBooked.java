package dev.staybook.listings.api.event;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.event.ErasedAfterDelivery;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A sync of the calendar the host subscribed the listing to ({@code calendarName}) found nights booked on Staybook that
 * the other platform's calendar takes too, which its earlier syncs had not: {@code nights}, earliest first. The bookings
 * stand; the host settles the double booking on the other platform.
 */
public record CalendarDoubleBooked(UUID eventId, ListingId listingId, UserId hostId, @ErasedAfterDelivery String calendarName, List<DateRange> nights,
                                   Instant occurredAt) implements IntegrationEvent {

    public CalendarDoubleBooked {
        nights = List.copyOf(nights);
    }

    @Override
    public UUID aggregateId() {
        return listingId.value();
    }
}
