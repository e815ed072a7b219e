package dev.staybook.listings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarChangeTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final Currency EUR = Currency.getInstance("EUR");

    private static CalendarChange block(LocalDate from, LocalDate to, String note) {
        return new CalendarChange(new DateRange(from, to), CalendarChange.Availability.BLOCKED, note, null);
    }

    private static List<String> fields(List<CalendarChange> changes) {
        return assertThrows(InvalidInput.class, () -> CalendarChange.check(changes, TODAY, EUR)).errors().stream()
                .map(FieldError::field).toList();
    }

    @Test
    void acceptsBlocksAndPricesFromToday() {
        assertDoesNotThrow(() -> CalendarChange.check(List.of(block(TODAY, TODAY.plusDays(3), "painting"),
                new CalendarChange(new DateRange(TODAY, TODAY.plusDays(366)), null, null,
                        new CalendarChange.PriceChange(Money.of("150", "EUR"))),
                new CalendarChange(new DateRange(TODAY, TODAY.plusDays(2)), null, null, new CalendarChange.PriceChange(null))),
                TODAY, EUR));
    }

    @Test
    void rejectsThePastLongRangesAndEmptyChanges() {
        assertEquals(List.of("changes[0].from", "changes[1].to", "changes[2].availability"), fields(List.of(
                block(TODAY.minusDays(1), TODAY.plusDays(1), null),
                block(TODAY, TODAY.plusDays(367), null),
                new CalendarChange(new DateRange(TODAY, TODAY.plusDays(1)), null, null, null))));
    }

    @Test
    void notesGoWithBlockingAndPricesWithTheListingsCurrency() {
        assertEquals(List.of("changes[0].note", "changes[1].price.currency"), fields(List.of(
                new CalendarChange(new DateRange(TODAY, TODAY.plusDays(1)), CalendarChange.Availability.AVAILABLE, "why", null),
                new CalendarChange(new DateRange(TODAY, TODAY.plusDays(1)), null, null, new CalendarChange.PriceChange(Money.of("9", "USD"))))));
        assertEquals(List.of("changes[0].note"), fields(List.of(block(TODAY, TODAY.plusDays(1), "x".repeat(201)))));
    }

    @Test
    void holdsOneToFiftyChanges() {
        assertEquals(List.of("changes"), fields(List.of()));
        assertEquals(List.of("changes"), fields(Collections.nCopies(51, block(TODAY, TODAY.plusDays(1), null))));
    }
}
