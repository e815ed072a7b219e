package dev.staybook.notifications.internal.integration;

import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.bookings.api.event.BookingConfirmed;
import dev.staybook.bookings.api.event.BookingDeclined;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.bookings.api.event.BookingRequested;
import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.KnownBooking;
import dev.staybook.notifications.internal.domain.KnownBookings;
import dev.staybook.notifications.internal.domain.MailTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Mails about bookings: a request to the host, a confirmation and a cancellation (with the refund) to
 * both sides, a decline to the guest. Each event in its own transaction; a redelivered one finds its
 * mails by their deduplication keys and adds none.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class BookingMails {

    @Inject
    MailQueue queue;
    @Inject
    KnownBookings bookings;
    @Inject
    ListingTitles listings;

    /** No mail yet: the payment decides what happens. Remembered for the payment events, which name only the booking. */
    void placed(@Observes BookingPlaced event) {
        bookings.addIfAbsent(new KnownBooking(event.bookingId().value(), event.listingId().value(), event.guestId(), event.hostId()));
    }

    void requested(@Observes BookingRequested event) {
        String listing = listings.title(event.listingId());
        queue.toUser(event.hostId(), event.eventId(), name -> MailTexts.bookingRequested(name, listing, event.stay()));
    }

    void confirmed(@Observes BookingConfirmed event) {
        String listing = listings.title(event.listingId());
        queue.toUser(event.guestId(), event.eventId(), name -> MailTexts.bookingConfirmed(name, listing, event.stay()));
        queue.toUser(event.hostId(), event.eventId(), name -> MailTexts.bookingConfirmed(name, listing, event.stay()));
    }

    void declined(@Observes BookingDeclined event) {
        String listing = listings.title(event.listingId());
        queue.toUser(event.guestId(), event.eventId(), name -> MailTexts.bookingDeclined(name, listing, event.stay()));
    }

    void cancelled(@Observes BookingCancelled event) {
        String listing = listings.title(event.listingId());
        queue.toUser(event.guestId(), event.eventId(),
                name -> MailTexts.bookingCancelled(name, listing, event.stay(), event.guestRefund()));
        queue.toUser(event.hostId(), event.eventId(),
                name -> MailTexts.bookingCancelled(name, listing, event.stay(), event.guestRefund()));
    }
}
