package dev.staybook.notifications.internal.integration;

import dev.staybook.listings.api.event.CalendarDoubleBooked;
import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A mail to the host when a calendar synced into a listing takes nights booked here: a double booking to settle. */
@ApplicationScoped
public class CalendarMails implements EventSubscriber {

    @Inject
    MailQueue queue;
    @Inject
    ListingTitles listings;

    @Override
    public String name() {
        return "notifications.calendar-mails";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(CalendarDoubleBooked.class, this::doubleBooked);
    }

    private void doubleBooked(CalendarDoubleBooked event) {
        String listing = listings.title(event.listingId());
        queue.toUser(event.hostId(), event.eventId(),
                name -> MailTexts.calendarDoubleBooked(name, listing, event.calendarName(), event.nights()));
    }
}
