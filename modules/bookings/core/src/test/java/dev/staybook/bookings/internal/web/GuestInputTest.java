package dev.staybook.bookings.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.bookings.internal.domain.Guests;
import dev.staybook.kernel.error.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuestInputTest {

    @Test
    void theSingleNumberOfGuestsMeansAdults() {
        assertEquals(new Guests(3, 0, 0, 0), GuestInput.of(3, null, null, null, null));
    }

    @Test
    void readsTheBreakdownWithZeroForWhatIsLeftOut() {
        assertEquals(new Guests(2, 1, 0, 1), GuestInput.of(null, 2, 1, null, 1));
    }

    @Test
    void refusesBothNamesForTheAdults() {
        assertEquals(List.of("guests"), fields(() -> GuestInput.of(2, 2, null, null, null)));
    }

    @Test
    void needsTheAdults() {
        assertEquals(List.of("adults"), fields(() -> GuestInput.of(null, null, 2, null, null)));
    }

    @Test
    void namesEachCountOutOfRange() {
        assertEquals(List.of("adults", "children", "infants", "pets"), fields(() -> GuestInput.of(null, 0, -1, 51, -2)));
        assertEquals(List.of("guests"), fields(() -> GuestInput.of(51, null, null, null, null)));
    }

    private static List<String> fields(Runnable parse) {
        return assertThrows(InvalidInput.class, parse::run).errors().stream().map(e -> e.field()).toList();
    }
}
