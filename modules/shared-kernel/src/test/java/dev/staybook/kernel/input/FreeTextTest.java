package dev.staybook.kernel.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void aSingleLineHasNoControlCharacters() {
        assertTrue(FreeText.isSingleLine("Ada Lovelace, née Byron – 🏠"));
        assertFalse(FreeText.isSingleLine("Ada\r\nBcc: victim@example.com"));
        assertFalse(FreeText.isSingleLine("Ada\u0000"));
        assertFalse(FreeText.isSingleLine("tab\there"));
        assertFalse(FreeText.isSingleLine("line\u2028separator"));
        assertFalse(FreeText.isSingleLine("\u202Egnp.exe"), "bidi override");
    }

    @Test
    void multiLineTextKeepsLineBreaksAndTabsOnly() {
        assertTrue(FreeText.isMultiLine("first line\r\nsecond\tline\n"));
        assertFalse(FreeText.isMultiLine("bell\u0007"));
        assertFalse(FreeText.isMultiLine("escape\u001B[31m"));
    }

    @Test
    void halfASurrogatePairIsNoCharacter() {
        assertTrue(FreeText.isSingleLine("emoji \uD83C\uDFE0 whole"));
        assertFalse(FreeText.isSingleLine("lone \uD800 surrogate"));
        assertFalse(FreeText.isMultiLine("lone low \uDC00"));
        assertFalse(FreeText.isMultiLine("reversed \uDFE0\uD83C"));
    }

    @Test
    void oneLineReplacesWhatBreaksALine() {
        assertEquals("Ada  Bcc: x", FreeText.oneLine("Ada\r\nBcc: x"));
        assertEquals("plain", FreeText.oneLine("plain"));
    }
}
