package dev.staybook.messaging.internal.integration;

import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.messaging.internal.application.MessagingService;
import dev.staybook.messaging.internal.domain.BookingParties;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Learns from BookingPlaced who may talk about a booking; the conversation itself starts with the first
 * message, which is the guest's own when they wrote one with the booking. One event per booking: no order needed.
 */
@ApplicationScoped
public class BookingConversations implements EventSubscriber {

    @Inject
    MessagingService messaging;

    @Override
    public String name() {
        return "messaging.booking-parties";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(BookingPlaced.class, event -> messaging.bookingPlaced(
                new BookingParties(event.bookingId().value(), event.listingId().value(), event.guestId(), event.hostId()),
                event.guestMessage()));
    }
}
