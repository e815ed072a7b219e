package dev.staybook.kernel.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.error.InvalidInput;
import org.junit.jupiter.api.Test;

class IdempotencyKeyInputTest {

    @Test
    void takesOneTo255VisibleAsciiCharacters() {
        assertEquals("a", IdempotencyKeyInput.optional("Idempotency-Key", "a"));
        assertEquals("k".repeat(255), IdempotencyKeyInput.required("Idempotency-Key", "k".repeat(255)));
        assertNull(IdempotencyKeyInput.optional("Idempotency-Key", null));
    }

    @Test
    void namesTheFieldAsTheClientSentIt() {
        for (String key : new String[] {"", "a b", "ключ", "k".repeat(256), "tab\tkey"}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> IdempotencyKeyInput.optional("Idempotency-Key", key));
            assertEquals("Idempotency-Key", refused.errors().get(0).field(), key);
            assertEquals("must be 1 to 255 visible ASCII characters", refused.errors().get(0).message(), key);
        }
        assertEquals("is required: 1 to 255 visible ASCII characters",
                assertThrows(InvalidInput.class, () -> IdempotencyKeyInput.required("Idempotency-Key", null)).errors().get(0).message());
    }
}
