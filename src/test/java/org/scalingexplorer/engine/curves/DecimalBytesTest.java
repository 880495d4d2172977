package org.scalingexplorer.engine.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.io.DecimalNumber;

/** The byte parser of curve files gives the double Double.parseDouble gives, and refuses what DecimalNumber refuses. */
class DecimalBytesTest {

    private final DecimalBytes parser = new DecimalBytes();

    private double parse(String text) {
        byte[] bytes = ("xx" + text + "yy").getBytes(StandardCharsets.US_ASCII);
        return parser.parse(bytes, 2, bytes.length - 2);
    }

    @Test
    void everyWayALoggerWritesANumberRoundsExactly() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 200_000; i++) {
            double value = Math.exp(random.nextDouble(-60, 60)) * (random.nextBoolean() ? 1 : -1);
            String[] texts = {
                Double.toString(value),
                String.format(Locale.ROOT, "%.17g", value),
                String.format(Locale.ROOT, "%.6e", value),
                String.format(Locale.ROOT, "%.3f", value),
                String.format(Locale.ROOT, "%.15g", value),
                Long.toString((long) value),
                Float.toString((float) value)
            };
            for (String text : texts) {
                assertEquals(Double.parseDouble(text), parse(text), text);
                assertEquals(DecimalNumber.parse(text), parse(text), text);
            }
        }
    }

    @Test
    void edgesOfTheFastPathAreExactToo() {
        for (String text : new String[] {"9007199254740993", "9007199254740992e22", "9007199254740993e-22",
                "1e22", "1e23", "123456789012345678901234567890", "0.1", "0.30000000000000004", "2.2250738585072014E-308",
                "1.7976931348623157e308", "000000000000000000000000012.5", "-0.0", "+7", "5.", ".5", "1E+3",
                "0.0000000000000000000000000000001e31"}) {
            assertEquals(Double.parseDouble(text), parse(text), text);
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(parse("-0")));
    }

    @Test
    void whatDecimalNumberRefusesIsNotReadHere() {
        for (String text : new String[] {"", "+", ".", "e5", "1e", "1e+", "0x1p3", "NaN", "Infinity", "-inf", "1.5d",
                "2.5f", "1,5", "1e400", "-1e400", "1e-400", "4.9e-324", "1.2.3", "12345678901234567890123.4.5", " 1",
                "1 ", "١٢"}) {
            assertTrue(Double.isNaN(parse(text)), text);
        }
    }
}
