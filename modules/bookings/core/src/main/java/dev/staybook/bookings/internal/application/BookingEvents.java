package dev.staybook.bookings.internal.application;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.bookings.api.event.BookingConfirmed;
import dev.staybook.bookings.api.event.BookingDeclined;
import dev.staybook.bookings.api.event.BookingExpired;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.bookings.api.event.BookingRequested;
import dev.staybook.bookings.api.event.StayCompleted;
import dev.staybook.bookings.internal.domain.Booking;
import dev.staybook.bookings.internal.domain.cancellation.Refund;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.UUID;

/** Builds the integration event that announces a booking's new state. */
final class BookingEvents {

    private BookingEvents() {
    }

    static IntegrationEvent placed(Booking b, Instant at) {
        return new BookingPlaced(id(at), bookingId(b), listing(b), guest(b), host(b), b.stay(), b.guestTotal(), b.paymentDueAt(),
                b.guestMessage(), at);
    }

    /** After payment authorization: confirmed (instant book) or requested. */
    static IntegrationEvent authorized(Booking b, Instant at) {
        return switch (b.status()) {
            case CONFIRMED -> confirmed(b, at);
            case REQUESTED -> new BookingRequested(id(at), bookingId(b), listing(b), guest(b), host(b), b.stay(), b.respondBy(), at);
            default -> throw new IllegalStateException("not authorized: " + b.status());
        };
    }

    static IntegrationEvent confirmed(Booking b, Instant at) {
        return new BookingConfirmed(id(at), bookingId(b), listing(b), guest(b), host(b), b.stay(), b.guestTotal(), b.hostPayout(),
                b.priceLines(), at);
    }

    static IntegrationEvent declined(Booking b, String reason, Instant at) {
        return new BookingDeclined(id(at), bookingId(b), listing(b), guest(b), host(b), b.stay(), reason, at);
    }

    static IntegrationEvent expired(Booking b, BookingExpired.Cause cause, String reason, Instant at) {
        return new BookingExpired(id(at), bookingId(b), listing(b), guest(b), host(b), b.stay(), cause, reason, at);
    }

    /** {@code by} is null when Staybook cancelled (the payment could not be collected). */
    static IntegrationEvent cancelled(Booking b, Party by, boolean wasCharged, Refund refund, Instant at) {
        return new BookingCancelled(id(at), bookingId(b), listing(b), guest(b), host(b), b.stay(), by, wasCharged,
                refund.total(), refund.lines(), refund.hostPayout(), at);
    }

    /** The stay ended at its check-out time, however late the sweep noticed: payouts and review windows count from it. */
    static IntegrationEvent completed(Booking b, Instant at) {
        return new StayCompleted(id(at), bookingId(b), listing(b), guest(b), host(b), b.stay(), b.hostPayout(), b.checkOutAt(), at);
    }

    private static UUID id(Instant at) {
        return UuidV7.generate(at);
    }

    private static BookingId bookingId(Booking b) {
        return new BookingId(b.id());
    }

    private static ListingId listing(Booking b) {
        return new ListingId(b.listingId());
    }

    private static UserId guest(Booking b) {
        return new UserId(b.guestId());
    }

    private static UserId host(Booking b) {
        return new UserId(b.hostId());
    }
}
