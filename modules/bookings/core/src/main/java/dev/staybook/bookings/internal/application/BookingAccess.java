package dev.staybook.bookings.internal.application;

import dev.staybook.bookings.internal.domain.Booking;
import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.error.Forbidden;
import dev.staybook.kernel.error.NotFound;

/**
 * Who may see and act on a booking: its guest and the listing's host (and administrators, who may
 * look). Anyone else is told it does not exist; a party acting outside their role is told 403.
 */
final class BookingAccess {

    private BookingAccess() {
    }

    static void requireVisible(Caller caller, Booking booking) {
        if (!isGuest(caller, booking) && !isHost(caller, booking) && !caller.isAdmin()) {
            throw notFound();
        }
    }

    static void requireHost(Caller caller, Booking booking) {
        requireVisible(caller, booking);
        if (!isHost(caller, booking)) {
            throw new Forbidden("not-the-host", "Only the host of this booking may do this.");
        }
    }

    static boolean isGuest(Caller caller, Booking booking) {
        return caller.id().value().equals(booking.guestId());
    }

    static boolean isHost(Caller caller, Booking booking) {
        return caller.id().value().equals(booking.hostId());
    }

    static NotFound notFound() {
        return new NotFound("booking-not-found", "There is no such booking.");
    }
}
