package dev.staybook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RateCounter} does, in process or in Redis. */
abstract class RateCounterContract {

    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int LIMIT = 3;
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    RateCounter counter;

    /** A fresh counter that has seen no event yet. */
    abstract RateCounter newCounter(Duration window, int limit);

    @BeforeEach
    void createCounter() {
        counter = newCounter(WINDOW, LIMIT);
    }

    @Test
    void acceptsEventsUpToTheLimit() {
        assertTrue(counter.tryRecord("ana", T0));
        assertTrue(counter.tryRecord("ana", T0.plusSeconds(1)));
        assertTrue(counter.tryRecord("ana", T0.plusSeconds(2)));
    }

    @Test
    void refusesTheEventBeyondTheLimit() {
        fill("ana", T0);

        assertFalse(counter.tryRecord("ana", T0.plusSeconds(3)));
    }

    @Test
    void countsEachKeyOnItsOwn() {
        fill("ana", T0);

        assertTrue(counter.tryRecord("bob", T0.plusSeconds(3)));
    }

    @Test
    void anEventStillCountsJustBeforeItLeavesTheWindow() {
        fill("ana", T0);

        assertFalse(counter.tryRecord("ana", T0.plus(WINDOW).minusMillis(1)));
    }

    @Test
    void anEventStopsCountingOneWindowLater() {
        fill("ana", T0);

        assertTrue(counter.tryRecord("ana", T0.plus(WINDOW)));
    }

    @Test
    void aRefusedEventIsNotCounted() {
        fill("ana", T0);
        counter.tryRecord("ana", T0.plusSeconds(30));

        // only the events at T0 and T0+1s have left; a counted refusal at T0+30s would still fill the third slot
        assertTrue(counter.tryRecord("ana", T0.plus(WINDOW).plusSeconds(1)));
        assertTrue(counter.tryRecord("ana", T0.plus(WINDOW).plusSeconds(1)));
    }

    @Test
    void isAtLimitOnceTheLimitIsReached() {
        counter.record("ana", T0);
        counter.record("ana", T0.plusSeconds(1));
        assertFalse(counter.isAtLimit("ana", T0.plusSeconds(2)));

        counter.record("ana", T0.plusSeconds(2));
        assertTrue(counter.isAtLimit("ana", T0.plusSeconds(2)));
    }

    @Test
    void anUnknownKeyIsNotAtLimit() {
        assertFalse(counter.isAtLimit("nobody", T0));
    }

    @Test
    void isNoLongerAtLimitOnceTheOldestEventLeaves() {
        fill("ana", T0);

        assertFalse(counter.isAtLimit("ana", T0.plus(WINDOW)));
    }

    @Test
    void recordKeepsOnlyTheNewestEventsUpToTheLimit() {
        for (int second = 0; second < 5; second++) {
            counter.record("ana", T0.plusSeconds(second));
        }

        // the events at T0 and T0+1s were dropped: the oldest kept is at T0+2s
        assertEquals(Duration.ofSeconds(58), counter.retryAfter("ana", T0.plusSeconds(4)));
    }

    @Test
    void retryAfterIsTheTimeUntilTheOldestEventLeavesTheWindow() {
        fill("ana", T0);

        assertEquals(Duration.ofSeconds(45), counter.retryAfter("ana", T0.plusSeconds(15)));
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        fill("ana", T0);

        assertEquals(Duration.ofSeconds(45), counter.retryAfter("ana", T0.plusMillis(15_200)));
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        fill("ana", T0);

        assertEquals(Duration.ofSeconds(1), counter.retryAfter("ana", T0.plus(WINDOW).minusMillis(1)));
        assertEquals(Duration.ofSeconds(1), counter.retryAfter("ana", T0.plus(WINDOW).plusSeconds(30)));
    }

    @Test
    void retryAfterForAnUnknownKeyIsOneSecond() {
        assertEquals(Duration.ofSeconds(1), counter.retryAfter("nobody", T0));
    }

    @Test
    void resetForgetsEveryEventOfTheKey() {
        fill("ana", T0);

        counter.reset("ana");

        assertFalse(counter.isAtLimit("ana", T0.plusSeconds(3)));
        assertTrue(counter.tryRecord("ana", T0.plusSeconds(3)));
    }

    @Test
    void resetLeavesOtherKeysAlone() {
        fill("ana", T0);
        fill("bob", T0);

        counter.reset("ana");

        assertTrue(counter.isAtLimit("bob", T0.plusSeconds(3)));
    }

    /** Records LIMIT events one second apart, starting at {@code start}. */
    private void fill(String key, Instant start) {
        for (int i = 0; i < LIMIT; i++) {
            assertTrue(counter.tryRecord(key, start.plusSeconds(i)));
        }
    }
}
