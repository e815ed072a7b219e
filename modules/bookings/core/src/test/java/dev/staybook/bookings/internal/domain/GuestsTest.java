package dev.staybook.bookings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import org.junit.jupiter.api.Test;

class GuestsTest {

    @Test
    void countsAdultsAndChildrenButNotInfantsOrPets() {
        assertEquals(3, new Guests(2, 1, 2, 1).counted());
    }

    @Test
    void theSingleNumberOfBeforeMeansAdults() {
        assertEquals(new Guests(3, 0, 0, 0), Guests.adults(3));
        assertTrue(Guests.adults(3).adultsOnly());
        assertFalse(new Guests(3, 0, 1, 0).adultsOnly());
    }

    @Test
    void needsAnAdultAndNoNegativeCounts() {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> new Guests(0, -1, -1, -1));
        assertEquals(4, invalid.errors().size());
        assertEquals(new FieldError("adults", "must be at least 1"), invalid.errors().get(0));
        assertEquals("pets", invalid.errors().get(3).field());
    }
}
