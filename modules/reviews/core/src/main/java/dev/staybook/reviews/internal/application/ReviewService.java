package dev.staybook.reviews.internal.application;

import dev.staybook.bookings.api.event.StayCompleted;
import dev.staybook.identity.api.Caller;
import dev.staybook.kernel.UuidV7;
import dev.staybook.outbox.Outbox;
import dev.staybook.reviews.internal.domain.Review;
import dev.staybook.reviews.internal.domain.ReviewContent;
import dev.staybook.reviews.internal.domain.ReviewRepository;
import dev.staybook.reviews.internal.domain.ReviewableStay;
import dev.staybook.reviews.internal.domain.StayRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Stays open for review as bookings complete; their guests and hosts review each other; hosts respond. */
@ApplicationScoped
@Transactional
public class ReviewService {

    @Inject
    StayRepository stays;
    @Inject
    ReviewRepository reviews;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** Opens the review window of a completed stay. */
    public void openStay(StayCompleted event) {
        stays.add(ReviewableStay.completed(event.bookingId().value(), event.listingId().value(), event.guestId(), event.hostId(),
                event.checkedOutAt()));
    }

    /** Writes the caller's review; if it is the second side's, both go public and are announced. */
    public Review write(Caller author, UUID bookingId, ReviewContent content) {
        // locked: two sides writing at once must see each other, or neither would publish
        ReviewableStay stay = stays.findForUpdate(bookingId).orElseThrow(ReviewableStay::notFound);
        Instant now = clock.instant();
        ReviewableStay.Written written = stay.write(author.id(), content, UuidV7.generate(now), now);
        ReviewEvents.announcePublished(outbox, written.published(), now);
        return written.review();
    }

    public Review respond(Caller host, UUID reviewId, String text) {
        Review review = reviews.findForUpdate(reviewId).orElseThrow(Review::notFound);
        review.respond(host.id(), text, clock.instant());
        return review;
    }
}
