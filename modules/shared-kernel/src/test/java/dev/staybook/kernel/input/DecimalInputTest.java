package dev.staybook.kernel.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecimalInputTest {

    @Test
    void readsPlainAndScientificNotationWithinTheBounds() {
        assertEquals(Optional.of(new BigDecimal("120.50")), DecimalInput.parse(" 120.50 ", 9, 2));
        assertEquals(Optional.of(new BigDecimal("1.2E+2")), DecimalInput.parse("1.2e2", 9, 2));
        assertEquals(Optional.of(new BigDecimal("120.000")), DecimalInput.parse("120.000", 9, 2), "trailing zeros are not decimals");
    }

    @Test
    void refusesTooManyDigitsBeforeOrAfterThePoint() {
        assertEquals(Optional.empty(), DecimalInput.parse("1000000000", 9, 2));
        assertEquals(Optional.empty(), DecimalInput.parse("1.005", 9, 2));
        assertEquals(Optional.empty(), DecimalInput.parse("1" + "0".repeat(40), 50, 2), "longer than any number we read");
        assertEquals(Optional.empty(), DecimalInput.parse("twelve", 9, 2));
        assertEquals(Optional.empty(), DecimalInput.parse("", 9, 2));
        assertEquals(Optional.empty(), DecimalInput.parse(null, 9, 2));
    }

    @Test
    void hugeExponentsAreRefusedWithoutComputingTheirDigits() {
        // computing the digits of these would take minutes or fail for memory: the bound tells refusing them apart from
        // computing them on any machine, however busy, without timing the parse itself
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(Optional.empty(), DecimalInput.parse("1e100000000", 9, 2));
            assertEquals(Optional.empty(), DecimalInput.parse("1e-1000000", 9, 2));
            assertEquals(Optional.empty(), DecimalInput.parse("1e2147483647", 9, 2));
            assertEquals(Optional.empty(), DecimalInput.parse("1e-2147483647", 9, 2));
            assertFalse(DecimalInput.isWithin(new BigDecimal("9E+999999999"), 9, 2));
        });
    }

    @Test
    void boundsValuesAlreadyRead() {
        assertTrue(DecimalInput.isWithin(new BigDecimal("-89.999999"), 2, 6));
        assertFalse(DecimalInput.isWithin(new BigDecimal("123.5"), 2, 6));
    }
}
