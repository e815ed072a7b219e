package dev.staybook.kernel.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void readsIsoDatesOfTheYearsOneToNineThousandNineHundredNinetyNine() {
        assertEquals(LocalDate.of(2027, 3, 1), DateInput.parse("2027-03-01"));
        assertEquals(LocalDate.of(1, 1, 1), DateInput.parse("0001-01-01"));
        assertEquals(LocalDate.of(9999, 12, 31), DateInput.parse("9999-12-31"));
    }

    @Test
    void refusesWhatPostgreSqlCannotStoreAndWhatIsNoDate() {
        for (String text : new String[] {"0000-12-25", "-0005-01-01", "+10000-01-02", "2027-02-30", "2027-3-1", " 2027-03-01", "", null}) {
            assertThrows(DateTimeParseException.class, () -> DateInput.parse(text), String.valueOf(text));
        }
    }
}
