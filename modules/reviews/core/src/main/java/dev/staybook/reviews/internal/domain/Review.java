package dev.staybook.reviews.internal.domain;

import dev.staybook.bookings.api.Party;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.Forbidden;
import dev.staybook.kernel.error.NotFound;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One side's review of a stay, part of its {@link ReviewableStay}. Hidden until published; once public,
 * the host of a reviewed listing may add one response, which is never changed afterwards.
 */
@Entity
@Table(name = "reviews")
public class Review {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booking_id")
    private ReviewableStay stay;
    // the same column, readable without loading the stay
    @Column(name = "booking_id", nullable = false, insertable = false, updatable = false)
    private UUID bookingId;
    @Column(name = "listing_id", nullable = false)
    private UUID listingId;
    @Enumerated(EnumType.STRING)
    @Column(name = "author_side", nullable = false)
    private Party author;
    @Column(name = "author_id", nullable = false)
    private UUID authorId;
    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;
    @Column(nullable = false)
    private int overall;
    private Integer cleanliness;
    private Integer accuracy;
    private Integer communication;
    private Integer location;
    @Column(name = "check_in")
    private Integer checkIn;
    private Integer value;
    @Column(nullable = false)
    private String text;
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "response_text")
    private String responseText;
    @Column(name = "responded_at")
    private Instant respondedAt;

    protected Review() {
        // for JPA
    }

    Review(UUID id, ReviewableStay stay, Party author, UserId authorId, UserId subjectId, ReviewContent content, Instant now) {
        this.id = id;
        this.stay = stay;
        this.bookingId = stay.bookingId();
        this.listingId = stay.listingId();
        this.author = author;
        this.authorId = authorId.value();
        this.subjectId = subjectId.value();
        this.overall = content.overall();
        this.text = content.text();
        this.writtenAt = now;
        ListingScores scores = content.scores();
        if (scores != null) {
            cleanliness = scores.cleanliness();
            accuracy = scores.accuracy();
            communication = scores.communication();
            location = scores.location();
            checkIn = scores.checkIn();
            value = scores.value();
        }
    }

    /** Makes the review public; false if it already was. */
    boolean publish(Instant now) {
        if (publishedAt != null) {
            return false;
        }
        publishedAt = now;
        return true;
    }

    /**
     * The host's public answer to a published review of their listing: 404 while the review is hidden,
     * 403 for anyone but that host, 409 for a second response.
     */
    public void respond(UserId responder, String response, Instant now) {
        if (!isPublished()) {
            throw notFound();
        }
        if (author != Party.GUEST || !responder.value().equals(subjectId)) {
            throw new Forbidden("not-your-listing-review", "Only the host of the reviewed listing may respond to this review.");
        }
        if (responseText != null) {
            throw new Conflict("already-responded", "This review already has a response.");
        }
        responseText = Stars.text("text", response);
        respondedAt = now;
    }

    public static NotFound notFound() {
        return new NotFound("review-not-found", "There is no such review.");
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID bookingId() {
        return bookingId;
    }

    public UUID listingId() {
        return listingId;
    }

    public Party author() {
        return author;
    }

    public UserId authorId() {
        return new UserId(authorId);
    }

    public UserId subjectId() {
        return new UserId(subjectId);
    }

    public int overall() {
        return overall;
    }

    /** The listing's aspect scores; null in a host's review of a guest. */
    public ListingScores scores() {
        return cleanliness == null ? null : new ListingScores(cleanliness, accuracy, communication, location, checkIn, value);
    }

    public String text() {
        return text;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String responseText() {
        return responseText;
    }

    public Instant respondedAt() {
        return respondedAt;
    }
}
