package dev.staybook.messaging.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.error.InvalidInput;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void isStrippedAndOneToFiveThousandCharacters() {
        assertEquals("Hi", new MessageText("  Hi \n").value());
        assertEquals(5000, new MessageText("é".repeat(5000)).value().length());
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> new MessageText("x".repeat(5001)));
        assertEquals("text", tooLong.errors().get(0).field());
        assertThrows(InvalidInput.class, () -> new MessageText("   "));
        assertThrows(InvalidInput.class, () -> new MessageText(null));
    }

    @Test
    void theExcerptIsTheStartOfALongText() {
        assertEquals("Short", new MessageText("Short").excerpt());
        String excerpt = new MessageText("\uD83D\uDE00".repeat(300)).excerpt();
        assertEquals(201, excerpt.codePointCount(0, excerpt.length()), "200 characters and an ellipsis");
        assertTrue(excerpt.endsWith("…"));
    }
}
