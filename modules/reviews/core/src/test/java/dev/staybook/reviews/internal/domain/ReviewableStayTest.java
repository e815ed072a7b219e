package dev.staybook.reviews.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.bookings.api.Party;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewableStayTest {

    static final UserId GUEST = new UserId(UUID.randomUUID());
    static final UserId HOST = new UserId(UUID.randomUUID());
    static final Instant CHECKED_OUT = Instant.parse("2027-03-10T10:00:00Z");
    static final ListingScores SCORES = new ListingScores(5, 4, 5, 4, 5, 3);

    static ReviewableStay stay() {
        return ReviewableStay.completed(UUID.randomUUID(), UUID.randomUUID(), GUEST, HOST, CHECKED_OUT);
    }

    static ReviewContent ofListing(int overall) {
        return new ReviewContent(overall, SCORES, "Lovely place");
    }

    static ReviewContent ofGuest(int overall) {
        return new ReviewContent(overall, null, "Tidy guest");
    }

    private static Instant daysAfterCheckOut(long days) {
        return CHECKED_OUT.plus(Duration.ofDays(days));
    }

    @Test
    void theFirstReviewStaysHiddenUntilTheOtherSideWrites() {
        ReviewableStay stay = stay();

        ReviewableStay.Written first = stay.write(GUEST, ofListing(5), UUID.randomUUID(), daysAfterCheckOut(1));

        assertTrue(first.published().isEmpty());
        assertFalse(first.review().isPublished());
        assertEquals(StayStatus.OPEN, stay.status());
        assertEquals(HOST, first.review().subjectId());
        assertEquals(Party.GUEST, first.review().author());
    }

    @Test
    void theSecondReviewPublishesBoth() {
        ReviewableStay stay = stay();
        stay.write(HOST, ofGuest(4), UUID.randomUUID(), daysAfterCheckOut(1));

        ReviewableStay.Written second = stay.write(GUEST, ofListing(5), UUID.randomUUID(), daysAfterCheckOut(2));

        assertEquals(2, second.published().size());
        assertTrue(second.published().stream().allMatch(Review::isPublished));
        assertEquals(daysAfterCheckOut(2), second.review().publishedAt());
        assertEquals(StayStatus.PUBLISHED, stay.status());
    }

    @Test
    void eachSideReviewsOnce() {
        ReviewableStay stay = stay();
        stay.write(GUEST, ofListing(5), UUID.randomUUID(), daysAfterCheckOut(1));

        Conflict twice = assertThrows(Conflict.class, () -> stay.write(GUEST, ofListing(3), UUID.randomUUID(), daysAfterCheckOut(2)));
        assertEquals("already-reviewed", twice.code());
    }

    @Test
    void onlyTheGuestAndTheHostMayReview() {
        UserId stranger = new UserId(UUID.randomUUID());

        NotFound notAParty = assertThrows(NotFound.class, () -> stay().write(stranger, ofGuest(1), UUID.randomUUID(), daysAfterCheckOut(1)));
        assertEquals("stay-not-found", notAParty.code());
    }

    @Test
    void reviewsAreWrittenWithinFourteenDaysOfCheckOut() {
        ReviewableStay stay = stay();
        stay.write(GUEST, ofListing(5), UUID.randomUUID(), daysAfterCheckOut(14).minusSeconds(1));

        RuleViolation late = assertThrows(RuleViolation.class,
                () -> stay.write(HOST, ofGuest(4), UUID.randomUUID(), daysAfterCheckOut(14)));
        assertEquals("review-window-closed", late.code());
    }

    @Test
    void closingTheWindowPublishesWhatWasWritten() {
        ReviewableStay stay = stay();
        stay.write(GUEST, ofListing(2), UUID.randomUUID(), daysAfterCheckOut(3));

        assertTrue(stay.closeWindow(daysAfterCheckOut(13)).isEmpty(), "not due yet");
        List<Review> published = stay.closeWindow(daysAfterCheckOut(14));

        assertEquals(1, published.size());
        assertEquals(StayStatus.CLOSED, stay.status());
        assertTrue(stay.closeWindow(daysAfterCheckOut(15)).isEmpty(), "closed once");
        assertThrows(RuleViolation.class, () -> stay.write(HOST, ofGuest(4), UUID.randomUUID(), daysAfterCheckOut(13)));
    }

    @Test
    void aWindowWithoutReviewsClosesQuietly() {
        ReviewableStay stay = stay();

        assertTrue(stay.closeWindow(daysAfterCheckOut(20)).isEmpty());
        assertEquals(StayStatus.CLOSED, stay.status());
    }

    @Test
    void guestsRateTheListingsAspectsAndHostsDoNot() {
        ReviewableStay stay = stay();

        InvalidInput noAspects = assertThrows(InvalidInput.class,
                () -> stay.write(GUEST, new ReviewContent(5, null, "Nice"), UUID.randomUUID(), daysAfterCheckOut(1)));
        assertEquals(6, noAspects.errors().size());
        assertThrows(InvalidInput.class, () -> stay.write(HOST, ofListing(5), UUID.randomUUID(), daysAfterCheckOut(1)));
        assertTrue(stay.reviews().isEmpty(), "nothing was written");
    }

    @Test
    void aHostsReviewOfAGuestHasNoAspectScores() {
        ReviewableStay stay = stay();

        Review review = stay.write(HOST, ofGuest(4), UUID.randomUUID(), daysAfterCheckOut(1)).review();

        assertNull(review.scores());
        assertEquals(GUEST, review.subjectId());
    }
}
