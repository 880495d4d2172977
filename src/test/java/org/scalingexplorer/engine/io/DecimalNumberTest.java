package org.scalingexplorer.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Numbers as people write them are read; what Double.parseDouble also takes but no one means is refused. */
class DecimalNumberTest {

    @Test
    void decimalNotationIsRead() {
        assertEquals(5.76e23, DecimalNumber.parse("5.76e23"));
        assertEquals(-0.5, DecimalNumber.parse("-0.5"));
        assertEquals(0.5, DecimalNumber.parse(".5"));
        assertEquals(5, DecimalNumber.parse("5."));
        assertEquals(1e9, DecimalNumber.parse(" 1E+9 "));
        assertEquals(3, DecimalNumber.parse("+3"));
        assertEquals(0, DecimalNumber.parse("0e5"));
        assertEquals(Double.MIN_NORMAL * 2, DecimalNumber.parse(Double.toString(Double.MIN_NORMAL * 2)));
    }

    @Test
    void whatNoOneMeansIsRefusedSayingWhy() {
        assertRefused("0x1p70", "hexadecimal numbers are not accepted, got '0x1p70'; write it in decimal");
        assertRefused("-0X1.8p3", "hexadecimal numbers are not accepted");
        assertRefused("1e9d", "not a number: '1e9d'");
        assertRefused("2f", "not a number: '2f'");
        assertRefused("NaN", "NaN is not a value");
        assertRefused("-Infinity", "must be finite, got -Infinity");
        assertRefused("1e400", "must be finite, got 1e400 (beyond the largest double)");
        assertRefused("1e-320", "too small to tell from zero: 1e-320");
        assertRefused("1e-400", "too small to tell from zero: 1e-400");
        assertRefused("", "missing value");
        assertRefused("1e", "not a number: '1e'");
        assertRefused(".", "not a number: '.'");
        assertRefused("1,5", "not a number: '1,5'");
        assertRefused("1_000", "not a number: '1_000'");
        assertRefused("9".repeat(1_000_000), "not a number: '9999999999999999999999999999999999999999... (1,000,000 characters)'");
    }

    private static void assertRefused(String text, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DecimalNumber.parse(text));
        assertTrue(error.getMessage().startsWith(message), error.getMessage());
    }
}
