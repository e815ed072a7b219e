package dev.staybook.notifications.internal.integration;

import dev.staybook.bookings.api.Party;
import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import dev.staybook.reviews.api.event.ReviewPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A mail to the reviewed side when a review of them goes public. */
@ApplicationScoped
public class ReviewMails implements EventSubscriber {

    @Inject
    MailQueue queue;
    @Inject
    ListingTitles listings;

    @Override
    public String name() {
        return "notifications.review-mails";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder().on(ReviewPublished.class, event -> {
            String listing = listings.title(event.listingId());
            boolean ofTheListing = event.author() == Party.GUEST;
            queue.toUser(event.subjectId(), event.eventId(), name -> MailTexts.reviewPublished(name, ofTheListing, listing, event.overall()));
        });
    }
}
