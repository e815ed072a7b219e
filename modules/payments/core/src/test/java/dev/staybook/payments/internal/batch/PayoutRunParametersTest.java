package dev.staybook.payments.internal.batch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PayoutRunParametersTest {

    private static final Instant NOW = Instant.parse("2027-03-10T02:00:00Z");

    @Test
    void aRunDateAloneCutsOffAtTheStartOfThatDay() {
        PayoutRunParameters run = PayoutRunParameters.from("2027-03-01", null, NOW);
        assertEquals("2027-03-01", run.runKey());
        assertEquals(Instant.parse("2027-03-01T00:00:00Z"), run.cutoff());
        assertEquals("2027-03-10", PayoutRunParameters.from(null, null, NOW).runKey());
        assertEquals("2027-03-10", PayoutRunParameters.from("2027-03-10", null, NOW).runKey());
    }

    @Test
    void aRunDateIsNeverLaterThanTodaySoNoLaterDateIsPaidAhead() {
        for (String later : new String[] {"2027-03-11", "2031-01-01"}) {
            String message = assertThrows(IllegalArgumentException.class, () -> PayoutRunParameters.from(later, null, NOW)).getMessage();
            assertTrue(message.startsWith("runDate must not be later than today (2027-03-10), not " + later), message);
        }
        // the scheduler's midnight, its clock a little ahead of the server's: it pays what is due now
        PayoutRunParameters justBeforeMidnight = PayoutRunParameters.from("2027-03-11", null, Instant.parse("2027-03-10T23:59:30Z"));
        assertEquals("2027-03-11", justBeforeMidnight.runKey());
        assertEquals(Instant.parse("2027-03-10T23:59:30Z"), justBeforeMidnight.cutoff());
    }

    @Test
    void anEmptyRunDateIsRefusedNotTakenForToday() {
        for (String empty : new String[] {"", " "}) {
            String message = assertThrows(IllegalArgumentException.class, () -> PayoutRunParameters.from(empty, null, NOW)).getMessage();
            assertEquals("runDate must be an ISO date such as 2027-03-01, not empty: leave it out for today's run", message);
        }
    }

    @Test
    void anEarlierRunDateHoweverOldIsTakenForAMissedRun() {
        assertEquals(Instant.parse("2027-03-09T00:00:00Z"), PayoutRunParameters.from("2027-03-09", null, NOW).cutoff());
        assertEquals(Instant.EPOCH, PayoutRunParameters.from("1970-01-01", null, NOW).cutoff());
    }

    @Test
    void aParameterThatIsNotWhatTheJobTakesIsNamed() {
        String runDate = assertThrows(IllegalArgumentException.class, () -> PayoutRunParameters.from("06/12/2026", null, NOW)).getMessage();
        assertTrue(runDate.startsWith("runDate must be an ISO date"), runDate);
        String cutoff = assertThrows(IllegalArgumentException.class, () -> PayoutRunParameters.from(null, "yesterday", NOW)).getMessage();
        assertTrue(cutoff.startsWith("cutoff must be an ISO instant"), cutoff);
    }

    @Test
    void noCutoffIsLaterThanTheRunsStartSoNothingIsPaidBeforeItIsPayable() {
        String later = assertThrows(IllegalArgumentException.class,
                () -> PayoutRunParameters.from("2027-03-10", "2027-03-10T02:01:01Z", NOW)).getMessage();
        assertTrue(later.startsWith("cutoff must not be later than now (2027-03-10T02:00:00Z)"), later);
        assertEquals(NOW, PayoutRunParameters.from("2027-03-10", NOW.toString(), NOW).cutoff());
        // the scheduler's "now", its clock a little ahead of the server's
        assertDoesNotThrow(() -> PayoutRunParameters.from("2027-03-10", "2027-03-10T02:00:59Z", NOW));
    }

    @Test
    void aParameterTheRunDoesNotTakeIsNamedNotIgnored() {
        assertDoesNotThrow(() -> PayoutRunParameters.requireKnown(Set.of("runDate", "cutoff", "chunkSize", "partitions", "failInChunk")));
        String typo = assertThrows(IllegalArgumentException.class,
                () -> PayoutRunParameters.requireKnown(Set.of("rundate", "cutoff"))).getMessage();
        assertEquals("rundate is not a parameter of a payout run (chunkSize, cutoff, partitions, runDate)", typo);
    }

    @Test
    void countsAreWholeNumbersWithinTheirBounds() {
        assertDoesNotThrow(() -> PayoutRunParameters.requireCount("chunkSize", null, 10));
        assertDoesNotThrow(() -> PayoutRunParameters.requireCount("chunkSize", "10", 10));
        for (String bad : new String[] {"0", "-1", "11", "2.5", "many"}) {
            String message = assertThrows(IllegalArgumentException.class, () -> PayoutRunParameters.requireCount("chunkSize", bad, 10)).getMessage();
            assertEquals("chunkSize must be a whole number from 1 to 10, not " + bad, message);
        }
    }
}
