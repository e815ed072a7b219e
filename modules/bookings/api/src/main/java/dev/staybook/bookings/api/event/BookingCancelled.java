package dev.staybook.bookings.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.api.PriceLine;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A guest or host cancelled. {@code refundLines} is what the cancellation policy gives back, line by
 * line, summing to {@code guestRefund}; {@code hostPayout} is what the host still earns. If the booking
 * was never confirmed ({@code wasCharged} false) nothing was captured and the authorization is voided.
 * {@code cancelledBy} is null when neither side cancelled: Staybook did, because the payment of a confirmed
 * booking could not be collected ({@link #forNonPayment()}); then nothing was charged and nothing is refunded.
 */
public record BookingCancelled(UUID eventId, BookingId bookingId, ListingId listingId, UserId guestId, UserId hostId,
                               DateRange stay, Party cancelledBy, boolean wasCharged, Money guestRefund,
                               List<PriceLine> refundLines, Money hostPayout, Instant occurredAt)
        implements BookingEvent {

    public BookingCancelled {
        refundLines = List.copyOf(refundLines);
    }

    /** True when Staybook cancelled because the payment could not be collected, not the guest or the host. */
    public boolean forNonPayment() {
        return cancelledBy == null;
    }
}
