package dev.staybook.reviews.internal.application;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.kernel.UuidV7;
import dev.staybook.listings.api.ListingId;
import dev.staybook.outbox.Outbox;
import dev.staybook.reviews.api.ReviewId;
import dev.staybook.reviews.api.event.ReviewPublished;
import dev.staybook.reviews.internal.domain.Review;
import java.time.Instant;
import java.util.List;

/** Announces reviews that went public, through the outbox, ordered per stay. */
final class ReviewEvents {

    private ReviewEvents() {
    }

    static void announcePublished(Outbox outbox, List<Review> published, Instant now) {
        for (Review review : published) {
            outbox.publish(new ReviewPublished(UuidV7.generate(now), new ReviewId(review.id()), new BookingId(review.bookingId()),
                    new ListingId(review.listingId()), review.author(), review.authorId(), review.subjectId(), review.overall(), now));
        }
    }
}
