package dev.staybook.bookings.internal.application;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.internal.domain.Actor;
import dev.staybook.bookings.internal.domain.Booking;
import dev.staybook.bookings.internal.domain.Guests;
import dev.staybook.bookings.internal.domain.cancellation.CancellationPolicies;
import dev.staybook.bookings.internal.domain.cancellation.CancellationPolicy;
import dev.staybook.bookings.internal.domain.cancellation.PolicyVersion;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A booking as read inside its transaction: everything the web layer may show, no live entity. */
public record BookingDetails(UUID id, UUID listingId, UUID guestId, UUID hostId, BookingStatus status, DateRange stay,
                             Guests guests, String timeZone, Instant checkInAt, Instant checkOutAt, List<PriceLine> lines,
                             Money guestTotal, Money hostPayout, PolicyVersion policy, String policySummary,
                             Instant paymentDueAt, Instant respondBy, String guestMessage, Money refundTotal,
                             List<PriceLine> refundLines, String refundRule, List<Change> history, Instant createdAt) {

    /** One status change in the booking's history. */
    public record Change(BookingStatus from, BookingStatus to, Actor.Kind by, String reason, Instant at) {
    }

    static BookingDetails of(Booking b) {
        String summary = CancellationPolicies.find(b.policy()).map(CancellationPolicy::summary).orElse("");
        List<Change> history = b.transitions().stream()
                .map(t -> new Change(t.from(), t.to(), t.actor().kind(), t.reason(), t.occurredAt())).toList();
        return new BookingDetails(b.id(), b.listingId(), b.guestId(), b.hostId(), b.status(), b.stay(), b.guests(),
                b.timeZone(), b.checkInAt(), b.checkOutAt(), b.priceLines(), b.guestTotal(), b.hostPayout(), b.policy(),
                summary, b.paymentDueAt(), b.respondBy(), b.guestMessage(), b.refundTotal(), b.refundLines(),
                b.refundRule(), history, b.createdAt());
    }
}
