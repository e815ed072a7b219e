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
        assertEquals("2027-03-10", PayoutRunParameters.from(" ", null, NOW).runKey());
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
        // a run named for a later date (tests and back-fills name runs freely) pays what is due now
        assertEquals(NOW, PayoutRunParameters.from("2027-03-12", null, NOW).cutoff());
        assertEquals("2027-03-12", PayoutRunParameters.from("2027-03-12", null, NOW).runKey());
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
