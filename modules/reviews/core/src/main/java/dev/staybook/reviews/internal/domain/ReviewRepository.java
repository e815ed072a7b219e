package dev.staybook.reviews.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reviews, and the published ones by listing and by reviewed guest, newest first. */
public interface ReviewRepository {

    Optional<Review> find(UUID id);

    Optional<Review> findForUpdate(UUID id);

    /** Published reviews of the listing by its guests, after the position (exclusive). */
    List<Review> publishedOfListing(UUID listingId, Position after, int limit);

    /** Published reviews hosts wrote about the user as a guest, after the position (exclusive). */
    List<Review> publishedAboutGuest(UUID guestId, Position after, int limit);

    /** Where a page ended: the last review shown. */
    record Position(Instant publishedAt, UUID id) {
    }
}
