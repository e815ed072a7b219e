package dev.staybook.reviews.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.error.InvalidInput;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewContentTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void overallIsOneToFiveStars(int stars) {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> new ReviewContent(stars, null, "Fine"));
        assertEquals("overall", invalid.errors().get(0).field());
    }

    @Test
    void everyAspectIsOneToFiveStarsAndEachBadOneIsNamed() {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> new ListingScores(0, 5, 6, 5, 5, 5));
        assertEquals(2, invalid.errors().size());
        assertEquals("cleanliness", invalid.errors().get(0).field());
        assertEquals("communication", invalid.errors().get(1).field());
    }

    @Test
    void textIsStrippedAndAtMostTwoThousandCharacters() {
        assertEquals("Great", new ReviewContent(5, null, "  Great \n").text());
        String emoji = "\uD83D\uDE00";
        assertEquals(2000, new ReviewContent(5, null, emoji.repeat(2000)).text().codePointCount(0, 4000), "characters, not UTF-16 units");
        assertThrows(InvalidInput.class, () -> new ReviewContent(5, null, "x".repeat(2001)));
        assertThrows(InvalidInput.class, () -> new ReviewContent(5, null, " \t "));
        assertThrows(InvalidInput.class, () -> new ReviewContent(5, null, null));
    }

    @Test
    void averagesHaveTwoDecimalsAndNoneWithoutReviews() {
        assertEquals(new BigDecimal("4.67"), RatingSummary.average(14, 3));
        assertEquals(new BigDecimal("5.00"), RatingSummary.average(5, 1));
        assertEquals(null, RatingSummary.average(0, 0));
    }
}
