package org.scalingexplorer.engine.io;

import java.util.Locale;
import org.scalingexplorer.engine.Limits;

/**
 * Reads a number as a person writes it in a file or on a command line: decimal digits, an optional
 * point and an optional exponent ({@code 5.76e23}, {@code -0.5}, {@code 1E9}). Everything else
 * {@link Double#parseDouble} would also take is refused: hexadecimal floats ({@code 0x1p70}), type
 * suffixes ({@code 1e9d}), {@code NaN} and {@code Infinity}, numbers too small to be told from zero
 * (subnormals such as 1e-320), and texts longer than {@link Limits#NUMBER_CHARS}.
 */
public final class DecimalNumber {

    private DecimalNumber() {
    }

    /**
     * The value of {@code text} (surrounding spaces ignored), or an {@link IllegalArgumentException}
     * whose message says what is wrong without naming the field: "not a number: 'abc'".
     */
    public static double parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > Limits.NUMBER_CHARS) {
            throw new IllegalArgumentException("not a number: '" + Limits.excerpt(trimmed) + "'");
        }
        int mantissaEnd = decimalMantissaEnd(trimmed);
        if (mantissaEnd < 0) {
            throw new IllegalArgumentException(whyNot(trimmed));
        }
        double value = Double.parseDouble(trimmed);
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("must be finite, got " + trimmed + " (beyond the largest double)");
        }
        if ((value == 0 && hasNonZeroDigit(trimmed, mantissaEnd)) || (value != 0 && Math.abs(value) < Double.MIN_NORMAL)) {
            throw new IllegalArgumentException("too small to tell from zero: " + trimmed);
        }
        return value;
    }

    /**
     * Where the mantissa of a decimal number ends (the index of its 'e', or the length), or -1 when
     * {@code text} is not {@code [+-]digits[.digits][e[+-]digits]} with at least one mantissa digit.
     * A scan rather than a regular expression: a million-row file parses three numbers a row.
     */
    private static int decimalMantissaEnd(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return -1;
        }
        int mantissaEnd = i;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return -1;
            }
        }
        return i == n ? mantissaEnd : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasNonZeroDigit(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) >= '1' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String whyNot(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("nan") || lower.equals("+nan") || lower.equals("-nan")) {
            return "NaN is not a value";
        }
        if (lower.replaceFirst("^[+-]", "").startsWith("inf")) {
            return "must be finite, got " + text;
        }
        if (lower.replaceFirst("^[+-]", "").startsWith("0x")) {
            return "hexadecimal numbers are not accepted, got '" + Limits.excerpt(text) + "'; write it in decimal";
        }
        if (text.isEmpty()) {
            return "missing value";
        }
        return "not a number: '" + Limits.excerpt(text) + "'";
    }
}
