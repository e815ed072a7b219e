package dev.staybook.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void namesTheInnermostCauseOnOneLine() {
        RuntimeException wrapped = new RuntimeException("transaction rolled back",
                new IllegalStateException("no payment yet for booking 42;\n  retry later"));

        assertEquals("IllegalStateException: no payment yet for booking 42; retry later", Failures.describe(wrapped));
        assertEquals("NullPointerException", Failures.describe(new NullPointerException()));
    }

    @Test
    void keepsWithinTheColumnsLength() {
        assertEquals(Failures.MAX_LENGTH, Failures.describe(new IllegalStateException("x".repeat(5000))).length());
    }
}
