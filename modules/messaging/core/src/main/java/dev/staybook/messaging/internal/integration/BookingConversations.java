package dev.staybook.messaging.internal.integration;

import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.messaging.internal.application.MessagingService;
import dev.staybook.messaging.internal.domain.BookingParties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Learns from BookingPlaced who may talk about a booking; the conversation itself starts with the first
 * message. Each event in its own transaction; recording a booking twice changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class BookingConversations {

    @Inject
    MessagingService messaging;

    void placed(@Observes BookingPlaced event) {
        messaging.bookingPlaced(new BookingParties(event.bookingId().value(), event.listingId().value(), event.guestId(),
                event.hostId()));
    }
}
