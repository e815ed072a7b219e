package dev.staybook.reviews.internal.outbox;

import dev.staybook.outbox.EventTypes;
import dev.staybook.outbox.InboxStore;
import dev.staybook.outbox.OutboxStore;
import dev.staybook.reviews.api.event.GuestRatingChanged;
import dev.staybook.reviews.api.event.ListingRatingChanged;
import dev.staybook.reviews.api.event.ReviewPublished;
import java.util.List;

/** The events the reviews module announces, its outbox, and its inbox of events handled. */
final class ReviewEventTypes {

    static final EventTypes TYPES = new EventTypes(List.of(ReviewPublished.class, ListingRatingChanged.class, GuestRatingChanged.class));
    static final OutboxStore OUTBOX = new OutboxStore("reviews", TYPES);
    static final InboxStore INBOX = new InboxStore("reviews");

    private ReviewEventTypes() {
    }
}
