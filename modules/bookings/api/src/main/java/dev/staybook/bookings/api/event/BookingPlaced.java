package dev.staybook.bookings.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.event.ErasedAfterDelivery;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.UUID;

/**
 * A guest booked: the dates are held and the guest total must be authorized before {@code paymentDueBy}.
 * {@code guestMessage} is what the guest wrote to the host with the booking, or null (so are events stored before it);
 * the outbox erases it once its subscribers have it.
 */
public record BookingPlaced(UUID eventId, BookingId bookingId, ListingId listingId, UserId guestId, UserId hostId,
                            DateRange stay, Money guestTotal, Instant paymentDueBy, @ErasedAfterDelivery String guestMessage, Instant occurredAt)
        implements BookingEvent {
}
