package dev.staybook.listings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.listings.api.ListingId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarSubscriptionTest {

    private static CalendarSubscription create(String name, String url) {
        return CalendarSubscription.create(UUID.randomUUID(), new ListingId(UUID.randomUUID()), name, url, Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void takesAnHttpOrHttpsUrlAndAOneLineName() {
        CalendarSubscription subscription = create("  Airbnb\n", "https://www.airbnb.com/calendar/ical/1.ics?s=x");
        assertEquals("Airbnb", subscription.name());
        assertEquals("www.airbnb.com", subscription.url().getHost());
        assertDoesNotThrow(() -> create("Google", "http://calendar.google.com/calendar/ical/x/basic.ics"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTPS://WWW.Airbnb.com/calendar/ical/1.ics?s=x", "https://www.airbnb.com:443/calendar/ical/1.ics?s=x",
            "https://www.airbnb.com/calendar/ical/1.ics?s=x#top", " https://www.airbnb.com/calendar/ical/1.ics?s=x "})
    void spellsOneFeedOneWaySoThatItIsSubscribedOnce(String url) {
        assertEquals("https://www.airbnb.com/calendar/ical/1.ics?s=x", create("Airbnb", url).url().toString());
    }

    @Test
    void keepsWhatTellsFeedsApart() {
        assertEquals("http://example.com:8080/Feed%20One.ics?Key=A%2FB", create("x", "http://Example.com:8080/Feed%20One.ics?Key=A%2FB").url().toString());
        assertEquals("https://example.com/", create("x", "https://example.com").url().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/c.ics", "file:///etc/passwd", "/relative.ics", "https://", "https://user:pw@example.com/c.ics",
            "https://exa mple.com/", "gopher://example.com/"})
    void refusesOtherUrls(String url) {
        assertEquals("url", assertThrows(InvalidInput.class, () -> create("x", url)).errors().get(0).field());
    }

    @Test
    void refusesEmptyOrLongNamesAndTooManySubscriptions() {
        assertEquals("name", assertThrows(InvalidInput.class, () -> create(" ", "https://example.com/")).errors().get(0).field());
        assertEquals("name", assertThrows(InvalidInput.class, () -> create("x".repeat(101), "https://example.com/")).errors().get(0).field());
        assertDoesNotThrow(() -> CalendarSubscription.requireRoomForAnother(9));
        assertEquals("too-many-calendar-subscriptions",
                assertThrows(RuleViolation.class, () -> CalendarSubscription.requireRoomForAnother(10)).code());
    }

    @Test
    void feedTokensAreRandom128BitsComparedWhole() {
        CalendarFeedToken token = CalendarFeedToken.generate();
        assertTrue(token.value().matches("[A-Za-z0-9_-]{22}"), token.value());
        assertNotEquals(token, CalendarFeedToken.generate());
        assertTrue(token.matches(token.value()));
        assertFalse(token.matches(token.value().substring(1)));
        assertFalse(token.matches(null));
    }
}
