package dev.staybook.kernel.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void carriesExtensionMembersInTheOrderTheyWereAdded() {
        Money total = Money.of("413.29", "EUR");
        Conflict conflict = new Conflict("price-changed", "This stay now costs 413.29 EUR.");

        DomainException built = conflict.with("total", total).with("nights", 2);

        assertSame(conflict, built);
        assertEquals(List.of("total", "nights"), List.copyOf(built.extensions().keySet()));
        assertEquals(total, built.extensions().get("total"));
        assertEquals("This stay now costs 413.29 EUR.", built.getMessage(), "the message stays the detail");
    }

    @Test
    void mostFailuresHaveNone() {
        assertTrue(new NotFound("listing-not-found", "There is no such listing.").extensions().isEmpty());
    }

    @Test
    void anExtensionCannotRedefineAMemberEveryProblemHas() {
        Conflict conflict = new Conflict("price-changed", "detail");

        for (String member : List.of("type", "title", "status", "detail", "instance", "code", "errors")) {
            assertThrows(IllegalArgumentException.class, () -> conflict.with(member, "x"), member);
        }
        assertThrows(UnsupportedOperationException.class, () -> conflict.extensions().put("total", Map.of()));
    }
}
