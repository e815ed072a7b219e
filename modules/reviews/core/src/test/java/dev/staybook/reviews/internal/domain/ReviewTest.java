package dev.staybook.reviews.internal.domain;

import static dev.staybook.reviews.internal.domain.ReviewableStayTest.CHECKED_OUT;
import static dev.staybook.reviews.internal.domain.ReviewableStayTest.GUEST;
import static dev.staybook.reviews.internal.domain.ReviewableStayTest.HOST;
import static dev.staybook.reviews.internal.domain.ReviewableStayTest.ofGuest;
import static dev.staybook.reviews.internal.domain.ReviewableStayTest.ofListing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.Forbidden;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Host responses to reviews. */
class ReviewTest {

    private static final Instant NOW = CHECKED_OUT.plusSeconds(86_400);

    private static ReviewableStay.Written bothWritten() {
        ReviewableStay stay = ReviewableStayTest.stay();
        stay.write(HOST, ofGuest(4), UUID.randomUUID(), NOW);
        return stay.write(GUEST, ofListing(5), UUID.randomUUID(), NOW);
    }

    @Test
    void theHostRespondsOnceToAPublishedReviewOfTheirListing() {
        Review review = bothWritten().review();

        review.respond(HOST, "  Thank you, come again!  ", NOW);

        assertEquals("Thank you, come again!", review.responseText());
        assertEquals(NOW, review.respondedAt());
        Conflict again = assertThrows(Conflict.class, () -> review.respond(HOST, "Once more", NOW));
        assertEquals("already-responded", again.code());
    }

    @Test
    void aHiddenReviewCannotBeAnsweredOrSeen() {
        ReviewableStay stay = ReviewableStayTest.stay();
        Review hidden = stay.write(GUEST, ofListing(5), UUID.randomUUID(), NOW).review();

        assertThrows(NotFound.class, () -> hidden.respond(HOST, "Thanks", NOW));
    }

    @Test
    void onlyTheHostOfTheListingResponds() {
        ReviewableStay.Written written = bothWritten();
        Review ofListing = written.review();
        Review ofGuest = written.published().stream().filter(r -> r != ofListing).findFirst().orElseThrow();

        assertThrows(Forbidden.class, () -> ofListing.respond(new UserId(UUID.randomUUID()), "Hi", NOW));
        assertThrows(Forbidden.class, () -> ofListing.respond(GUEST, "Hi", NOW));
        assertThrows(Forbidden.class, () -> ofGuest.respond(GUEST, "Hi", NOW), "guests do not answer hosts' reviews");
        assertThrows(Forbidden.class, () -> ofGuest.respond(HOST, "Hi", NOW));
    }

    @Test
    void aResponseHasText() {
        Review review = bothWritten().review();

        assertThrows(InvalidInput.class, () -> review.respond(HOST, "   ", NOW));
        assertThrows(InvalidInput.class, () -> review.respond(HOST, "x".repeat(2001), NOW));
    }
}
