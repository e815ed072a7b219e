package dev.staybook.notifications.internal.integration;

import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.bookings.api.event.BookingConfirmed;
import dev.staybook.bookings.api.event.BookingDeclined;
import dev.staybook.bookings.api.event.BookingExpired;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.bookings.api.event.BookingRequested;
import dev.staybook.kernel.Money;
import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.KnownBooking;
import dev.staybook.notifications.internal.domain.KnownBookings;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.payments.api.PaymentDirectory;
import dev.staybook.payments.api.PaymentSummary;
import dev.staybook.payments.api.event.PaymentFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Mails about bookings: a request to the host, a confirmation and a cancellation (with the refund, or why
 * Staybook cancelled: the payment could not be collected) to both sides, a decline and a failed payment to the guest,
 * an expired request to both and an unpaid booking's expiry to the guest. In order per booking: BookingPlaced tells
 * who the booking is between, which the payment's failure (it names only the booking) needs.
 */
@ApplicationScoped
public class BookingMails implements EventSubscriber {

    @Inject
    MailQueue queue;
    @Inject
    PaymentDirectory payments;
    @Inject
    KnownBookings bookings;
    @Inject
    ListingTitles listings;

    @Override
    public String name() {
        return "notifications.booking-mails";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inOrderPerAggregate()
                .on(BookingPlaced.class, this::placed)
                .on(BookingRequested.class, this::requested)
                .on(BookingConfirmed.class, this::confirmed)
                .on(BookingDeclined.class, this::declined)
                .on(BookingExpired.class, this::expired)
                .on(BookingCancelled.class, this::cancelled)
                .on(PaymentFailed.class, this::paymentFailed);
    }

    /** No mail yet: the payment decides what happens. */
    private void placed(BookingPlaced event) {
        bookings.add(new KnownBooking(event.bookingId().value(), event.listingId().value(), event.guestId(), event.hostId()));
    }

    private void requested(BookingRequested event) {
        String listing = listings.title(event.listingId());
        queue.toUser(event.hostId(), event.eventId(), name -> MailTexts.bookingRequested(name, listing, event.stay(), event.respondBy()));
    }

    private void confirmed(BookingConfirmed event) {
        String listing = listings.title(event.listingId());
        queue.toUser(event.guestId(), event.eventId(),
                name -> MailTexts.bookingConfirmedForGuest(name, listing, event.stay(), event.guestTotal()));
        queue.toUser(event.hostId(), event.eventId(),
                name -> MailTexts.bookingConfirmedForHost(name, listing, event.stay(), event.hostPayout()));
    }

    private void declined(BookingDeclined event) {
        String listing = listings.title(event.listingId());
        queue.toUser(event.guestId(), event.eventId(), name -> MailTexts.bookingDeclined(name, listing, event.stay()));
    }

    /** A refused payment is mailed as such (PaymentFailed); the other lapses are told here. */
    private void expired(BookingExpired event) {
        String listing = listings.title(event.listingId());
        if (event.cause() == BookingExpired.Cause.UNANSWERED) {
            queue.toUser(event.guestId(), event.eventId(), name -> MailTexts.requestExpired(name, listing, event.stay()));
            queue.toUser(event.hostId(), event.eventId(), name -> MailTexts.requestExpiredUnanswered(name, listing, event.stay()));
        } else if (event.cause() == BookingExpired.Cause.UNPAID) {
            queue.toUser(event.guestId(), event.eventId(), name -> MailTexts.bookingUnpaidExpired(name, listing, event.stay()));
        }
    }

    private void cancelled(BookingCancelled event) {
        String listing = listings.title(event.listingId());
        if (event.forNonPayment()) {
            queue.toUser(event.guestId(), event.eventId(), name -> MailTexts.bookingCancelledUnpaid(name, listing, event.stay()));
            queue.toUser(event.hostId(), event.eventId(), name -> MailTexts.bookingCancelledUnpaid(name, listing, event.stay()));
            return;
        }
        String byWhomToGuest = whoCancelled(event.cancelledBy(), Party.GUEST);
        String byWhomToHost = whoCancelled(event.cancelledBy(), Party.HOST);
        if (event.guestRefund().isZero() && !event.wasCharged()) { // a request withdrawn, or a capture not yet collected
            queue.toUser(event.guestId(), event.eventId(),
                    name -> MailTexts.bookingCancelledUncharged(name, listing, event.stay(), byWhomToGuest));
            queue.toUser(event.hostId(), event.eventId(),
                    name -> MailTexts.bookingCancelledUncharged(name, listing, event.stay(), byWhomToHost));
            return;
        }
        Money refund = refundGiven(event);
        queue.toUser(event.guestId(), event.eventId(),
                name -> MailTexts.bookingCancelledForGuest(name, listing, event.stay(), byWhomToGuest, refund));
        queue.toUser(event.hostId(), event.eventId(),
                name -> MailTexts.bookingCancelledForHost(name, listing, event.stay(), byWhomToHost, refund));
    }

    /** The side that cancelled, as the mail to {@code reader} names it. */
    private static String whoCancelled(Party cancelledBy, Party reader) {
        if (cancelledBy == reader) {
            return "you";
        }
        return cancelledBy == Party.GUEST ? "the guest" : "the host";
    }

    /** The policy's refund, less what support already refunded and never more than remained captured (as payments refunds). */
    private Money refundGiven(BookingCancelled event) {
        PaymentSummary payment = event.wasCharged() ? payments.summaries(List.of(event.bookingId())).get(event.bookingId()) : null;
        return payment == null ? event.guestRefund() : payment.refundOnCancellation(event.guestRefund());
    }

    private void paymentFailed(PaymentFailed event) {
        KnownBooking booking = bookings.find(event.bookingId().value())
                .orElseThrow(() -> new IllegalStateException("booking " + event.bookingId() + " was never placed"));
        queue.toUser(booking.guestId(), event.eventId(), name -> MailTexts.paymentFailed(name, event.reason()));
    }
}
