package dev.staybook.reviews.internal.domain;

import dev.staybook.bookings.api.Party;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A completed stay whose guest and host may review each other, with the reviews written so far.
 *
 * <p>Lifecycle: OPEN when the stay completes; the review window runs for 14 days from check-out. It
 * becomes PUBLISHED the moment the second side writes (both reviews go public together), or CLOSED when
 * the window ends (whatever was written goes public then). Invariants: at most one review per side; only
 * the stay's guest and host write, and only while the window is open; a review is hidden from everyone,
 * the other party included, until the stay leaves OPEN, so neither side can answer the other's review
 * with their own.
 */
@Entity
@Table(name = "stays")
public class ReviewableStay {

    public static final Duration REVIEW_WINDOW = Duration.ofDays(14);

    @Id
    @Column(name = "booking_id")
    private UUID bookingId;
    @Column(name = "listing_id", nullable = false)
    private UUID listingId;
    @Column(name = "guest_id", nullable = false)
    private UUID guestId;
    @Column(name = "host_id", nullable = false)
    private UUID hostId;
    @Column(name = "checked_out_at", nullable = false)
    private Instant checkedOutAt;
    @Column(name = "window_closes_at", nullable = false)
    private Instant windowClosesAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StayStatus status;
    @Column(name = "published_at")
    private Instant publishedAt;
    @OneToMany(mappedBy = "stay", cascade = CascadeType.ALL)
    private List<Review> reviews = new ArrayList<>();
    @Version
    private long version;

    protected ReviewableStay() {
        // for JPA
    }

    private ReviewableStay(UUID bookingId, UUID listingId, UserId guestId, UserId hostId, Instant checkedOutAt) {
        this.bookingId = bookingId;
        this.listingId = listingId;
        this.guestId = guestId.value();
        this.hostId = hostId.value();
        this.checkedOutAt = checkedOutAt;
        this.windowClosesAt = checkedOutAt.plus(REVIEW_WINDOW);
        this.status = StayStatus.OPEN;
    }

    /** A stay that just completed: both sides may review it until 14 days after check-out. */
    public static ReviewableStay completed(UUID bookingId, UUID listingId, UserId guestId, UserId hostId, Instant checkedOutAt) {
        return new ReviewableStay(bookingId, listingId, guestId, hostId, checkedOutAt);
    }

    /**
     * The author's review of the other side. Fails with 404 for someone who was not a party, 409 for a
     * second review by the same side, 422 once the window has closed.
     */
    public Written write(UserId author, ReviewContent content, UUID reviewId, Instant now) {
        Party side = partyOf(author).orElseThrow(ReviewableStay::notFound);
        if (reviewBy(side).isPresent()) {
            throw new Conflict("already-reviewed", "You have already reviewed this stay.");
        }
        if (status != StayStatus.OPEN || !now.isBefore(windowClosesAt)) {
            throw new RuleViolation("review-window-closed", "Reviews can only be written within 14 days of check-out.");
        }
        content.requireFitFor(side);
        Review review = new Review(reviewId, this, side, author, subjectOf(side), content, now);
        reviews.add(review);
        if (reviewBy(side == Party.GUEST ? Party.HOST : Party.GUEST).isEmpty()) {
            return new Written(review, List.of());
        }
        status = StayStatus.PUBLISHED;
        return new Written(review, publishHidden(now));
    }

    /** Ends the window if its time has come: the reviews written so far go public. Returns them. */
    public List<Review> closeWindow(Instant now) {
        if (status != StayStatus.OPEN || now.isBefore(windowClosesAt)) {
            return List.of();
        }
        status = StayStatus.CLOSED;
        return publishHidden(now);
    }

    private List<Review> publishHidden(Instant now) {
        publishedAt = now;
        return reviews.stream().filter(review -> review.publish(now)).toList();
    }

    public Optional<Party> partyOf(UserId user) {
        if (user.value().equals(guestId)) {
            return Optional.of(Party.GUEST);
        }
        return user.value().equals(hostId) ? Optional.of(Party.HOST) : Optional.empty();
    }

    private UserId subjectOf(Party author) {
        return new UserId(author == Party.GUEST ? hostId : guestId);
    }

    private Optional<Review> reviewBy(Party side) {
        return reviews.stream().filter(review -> review.author() == side).findFirst();
    }

    public static NotFound notFound() {
        return new NotFound("stay-not-found", "There is no completed stay with this id that you took part in.");
    }

    public UUID bookingId() {
        return bookingId;
    }

    public UUID listingId() {
        return listingId;
    }

    public StayStatus status() {
        return status;
    }

    public Instant windowClosesAt() {
        return windowClosesAt;
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }

    /** The review just written, and the reviews that went public because of it. */
    public record Written(Review review, List<Review> published) {
    }
}
