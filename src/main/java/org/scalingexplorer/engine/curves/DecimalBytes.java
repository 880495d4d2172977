package org.scalingexplorer.engine.curves;

import com.fasterxml.jackson.core.io.NumberInput;
import org.scalingexplorer.engine.Limits;

/**
 * Reads a decimal number straight from the bytes of a file, without a String: the common case of a
 * curve file, where every row holds a handful of numbers. It takes exactly what
 * {@link org.scalingexplorer.engine.io.DecimalNumber} takes ({@code [+-]digits[.digits][(e|E)[+-]digits]},
 * finite, not subnormal, at most {@link Limits#NUMBER_CHARS} characters) and gives the same double, or
 * NaN for anything else, so the caller can hand the text to {@code DecimalNumber} for its message.
 *
 * <p>Exact rounding: a mantissa of at most 2^53 with a power of ten of at most 22 is one correctly
 * rounded IEEE multiplication or division (Clinger 1990, "How to read floating point numbers
 * accurately"); anything longer (a logger's 17-digit losses) goes to Jackson's copy of
 * FastDoubleParser, which rounds as {@link Double#parseDouble} does, on a reused char buffer.
 */
final class DecimalBytes {

    private static final long EXACT_MANTISSA = 1L << 53;
    private static final int MAX_SIGNIFICANT_DIGITS = 18;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private final char[] chars = new char[Limits.NUMBER_CHARS];

    /** The value of {@code bytes[start, end)} (no surrounding spaces), or NaN when it is not a plain decimal. */
    double parse(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length <= 0 || length > Limits.NUMBER_CHARS) {
            return Double.NaN;
        }
        int i = start;
        boolean negative = false;
        if (bytes[i] == '+' || bytes[i] == '-') {
            negative = bytes[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exponent = 0;
        boolean anyDigit = false;
        for (; i < end && isDigit(bytes[i]); i++) {
            anyDigit = true;
            int digit = bytes[i] - '0';
            if (mantissa == 0 && digit == 0) {
                continue;
            }
            if (++significant > MAX_SIGNIFICANT_DIGITS) {
                return slowPath(bytes, start, end);
            }
            mantissa = mantissa * 10 + digit;
        }
        if (i < end && bytes[i] == '.') {
            for (i++; i < end && isDigit(bytes[i]); i++) {
                anyDigit = true;
                int digit = bytes[i] - '0';
                exponent--;
                if (mantissa == 0 && digit == 0) {
                    continue;
                }
                if (++significant > MAX_SIGNIFICANT_DIGITS) {
                    return slowPath(bytes, start, end);
                }
                mantissa = mantissa * 10 + digit;
            }
        }
        if (!anyDigit) {
            return Double.NaN;
        }
        if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
                negativeExponent = bytes[i] == '-';
                i++;
            }
            int digitsStart = i;
            int written = 0;
            for (; i < end && isDigit(bytes[i]); i++) {
                if (written < 100_000) {
                    written = written * 10 + (bytes[i] - '0');
                }
            }
            if (i == digitsStart) {
                return Double.NaN;
            }
            exponent += negativeExponent ? -written : written;
        }
        if (i != end) {
            return Double.NaN;
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (mantissa <= EXACT_MANTISSA && exponent >= -22 && exponent <= 22) {
            double value = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
            return negative ? -value : value;
        }
        return slowPath(bytes, start, end);
    }

    /** FastDoubleParser on the same text; NaN for what DecimalNumber refuses (infinite, subnormal, zero from digits). */
    private double slowPath(byte[] bytes, int start, int end) {
        int length = end - start;
        for (int k = 0; k < length; k++) {
            byte b = bytes[start + k];
            if (!(isDigit(b) || b == '.' || b == 'e' || b == 'E' || b == '+' || b == '-')) {
                return Double.NaN;
            }
            chars[k] = (char) b;
        }
        double value;
        try {
            value = NumberInput.parseDouble(chars, 0, length, true);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return Double.isFinite(value) && value != 0 && Math.abs(value) >= Double.MIN_NORMAL ? value : Double.NaN;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
