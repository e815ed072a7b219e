package dev.staybook.payments.internal.batch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PayoutRunParametersTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-03-10");

    @Test
    void aRunDateAloneCutsOffAtTheStartOfThatDay() {
        PayoutRunParameters run = PayoutRunParameters.from("2027-03-01", null, TODAY);
        assertEquals("2027-03-01", run.runKey());
        assertEquals(Instant.parse("2027-03-01T00:00:00Z"), run.cutoff());
        assertEquals("2027-03-10", PayoutRunParameters.from(" ", null, TODAY).runKey());
    }

    @Test
    void aParameterThatIsNotWhatTheJobTakesIsNamed() {
        String runDate = assertThrows(IllegalArgumentException.class, () -> PayoutRunParameters.from("06/12/2026", null, TODAY)).getMessage();
        assertTrue(runDate.startsWith("runDate must be an ISO date"), runDate);
        String cutoff = assertThrows(IllegalArgumentException.class, () -> PayoutRunParameters.from(null, "yesterday", TODAY)).getMessage();
        assertTrue(cutoff.startsWith("cutoff must be an ISO instant"), cutoff);
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
