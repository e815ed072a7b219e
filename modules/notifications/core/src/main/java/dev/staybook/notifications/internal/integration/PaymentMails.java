package dev.staybook.notifications.internal.integration;

import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.KnownBooking;
import dev.staybook.notifications.internal.domain.KnownBookings;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.payments.api.event.PaymentFailed;
import dev.staybook.payments.api.event.PayoutSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Mails about money: a failed payment to the guest, a payout to the host. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PaymentMails {

    @Inject
    MailQueue queue;
    @Inject
    KnownBookings bookings;

    /**
     * The guest is found through BookingPlaced, which the bookings outbox may deliver a moment after the
     * payments outbox delivers this: until then this fails, and the payments outbox retries it.
     */
    void paymentFailed(@Observes PaymentFailed event) {
        KnownBooking booking = bookings.find(event.bookingId().value())
                .orElseThrow(() -> new IllegalStateException("booking " + event.bookingId() + " not known yet; retried later"));
        queue.toUser(booking.guestId(), event.eventId(), name -> MailTexts.paymentFailed(name, event.reason()));
    }

    void payoutSent(@Observes PayoutSent event) {
        queue.toUser(event.hostId(), event.eventId(),
                name -> MailTexts.payoutSent(name, event.amount(), event.stays()));
    }
}
