package dev.staybook.kernel.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.error.InvalidInput;
import org.junit.jupiter.api.Test;

class PageSizeTest {

    @Test
    void takesSizesFromOneToTheMaximum() {
        assertEquals(1, PageSize.require("limit", 1, 100));
        assertEquals(100, PageSize.require("limit", 100, 100));
    }

    @Test
    void refusesNullZeroAndTooManyNamingTheField() {
        for (Integer requested : new Integer[] {null, 0, -1, 101}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> PageSize.require("itemLimit", requested, 100));
            assertEquals("itemLimit", refused.errors().get(0).field());
            assertEquals("must be between 1 and 100", refused.errors().get(0).message());
        }
    }
}
