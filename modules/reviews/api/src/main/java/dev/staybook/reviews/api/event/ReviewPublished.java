package dev.staybook.reviews.api.event;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.api.Party;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.listings.api.ListingId;
import dev.staybook.reviews.api.ReviewId;
import java.time.Instant;
import java.util.UUID;

/**
 * A review became public: both sides of the stay had written theirs, or the review window closed.
 * {@code author} says which side wrote it; {@code subjectId} is the reviewed user (the host for a review
 * of the listing, the guest for a host's review).
 */
public record ReviewPublished(UUID eventId, ReviewId reviewId, BookingId bookingId, ListingId listingId, Party author,
                              UserId authorId, UserId subjectId, int overall, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public UUID aggregateId() {
        return bookingId.value();
    }
}
