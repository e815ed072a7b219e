package dev.staybook.moduletest.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.api.event.StayCompleted;
import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.ListingId;
import dev.staybook.moduletest.support.MicroDeployment;
import dev.staybook.moduletest.support.ModuleTest;
import dev.staybook.moduletest.support.Rows;
import dev.staybook.reviews.api.ReviewId;
import dev.staybook.reviews.api.event.ReviewPublished;
import dev.staybook.reviews.internal.application.RatingAggregates;
import dev.staybook.reviews.internal.application.ReviewService;
import dev.staybook.reviews.internal.domain.ListingScores;
import dev.staybook.reviews.internal.domain.Review;
import dev.staybook.reviews.internal.domain.ReviewContent;
import dev.staybook.reviews.internal.persistence.JpaReviewRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Reviews with nothing of bookings but its StayCompleted event (handed to the service as the outbox would), and
 * of identity and listings only their ids: a stay opens its review window, reviews stay hidden until both sides
 * wrote, and a published review of the listing is counted into the listing's rating, which is announced.
 */
@ModuleTest
class ReviewsModuleIT {

    @Deployment
    static WebArchive reviewsAlone() {
        return MicroDeployment.of("reviews")
                .packages(ReviewService.class, Review.class, JpaReviewRepository.class, ReviewId.class, ReviewPublished.class,
                        BookingId.class, StayCompleted.class, ListingId.class, UserId.class)
                .persistenceUnit("reviews")
                .archive();
    }

    @Inject
    ReviewService reviews;
    @Inject
    RatingAggregates ratings;
    @Inject
    Rows rows;

    private final BookingId booking = new BookingId(UUID.randomUUID());
    private final ListingId listing = new ListingId(UUID.randomUUID());
    private final Caller guest = new Caller(new UserId(UUID.randomUUID()), Set.of(Role.GUEST));
    private final Caller host = new Caller(new UserId(UUID.randomUUID()), Set.of(Role.GUEST, Role.HOST));

    @Test
    void reviewsStayHiddenUntilBothSidesWroteThenBothArePublished() {
        reviews.openStay(completedAnHourAgo());

        Review byGuest = reviews.write(guest, booking.value(), new ReviewContent(5, new ListingScores(5, 4, 5, 5, 4, 5), "Lovely."));
        assertNull(rows.text("SELECT published_at FROM reviews.reviews WHERE id = ?", byGuest.id()), "hidden while the host has not written");
        assertEquals(0, published());

        reviews.write(host, booking.value(), new ReviewContent(4, null, "A considerate guest."));

        assertEquals(2, published());
        assertEquals(2, rows.number("SELECT count(*) FROM reviews.reviews WHERE booking_id = ? AND published_at IS NOT NULL",
                booking.value()));
    }

    @Test
    void aPublishedReviewOfTheListingIsCountedIntoItsRatingAndAnnounced() {
        reviews.openStay(completedAnHourAgo());
        Review byGuest = reviews.write(guest, booking.value(), new ReviewContent(4, new ListingScores(4, 4, 4, 4, 4, 4), "Good."));
        reviews.write(host, booking.value(), new ReviewContent(5, null, "Welcome back any time."));

        ratings.count(new ReviewPublished(UUID.randomUUID(), new ReviewId(byGuest.id()), booking, listing, Party.GUEST,
                guest.id(), host.id(), 4, Instant.now()));

        assertEquals(1, rows.number("SELECT review_count FROM reviews.listing_ratings WHERE listing_id = ?", listing.value()));
        assertEquals(4, rows.number("SELECT overall_sum FROM reviews.listing_ratings WHERE listing_id = ?", listing.value()));
        assertEquals(1, rows.number("SELECT count(*) FROM outbox.events WHERE aggregate_id = ? AND event_type = 'ListingRatingChanged'",
                listing.value()));
    }

    private long published() {
        return rows.number("SELECT count(*) FROM outbox.events WHERE event_type = 'ReviewPublished' AND payload LIKE ?",
                "%" + booking.value() + "%");
    }

    private StayCompleted completedAnHourAgo() {
        Instant checkedOut = Instant.now().minus(1, ChronoUnit.HOURS);
        LocalDate checkOut = LocalDate.now().minusDays(1);
        return new StayCompleted(UUID.randomUUID(), booking, listing, guest.id(), host.id(),
                new DateRange(checkOut.minusDays(3), checkOut), Money.of("339.50", "EUR"), checkedOut, Instant.now());
    }
}
