package org.scalingexplorer.ui.chart;

import java.util.Locale;

/**
 * Numbers as people who train models say them: 70.0B parameters, 1.40T tokens, 5.76e23 FLOPs,
 * $1.2M, 3.1x. Three significant digits for counts, because the laws are not more precise than that;
 * two for money, because a price per GPU-hour is a guess. NaN and infinities read as a dash.
 */
public final class ReadableQuantity {

    private static final String[] SUFFIXES = {"", "K", "M", "B", "T"};
    private static final String MISSING = "\u2014";

    private ReadableQuantity() {
    }

    /** A count of parameters, tokens, steps or hours: 400M, 70.0B, 1.40T; beyond 999T, 1.30e16. */
    public static String count(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1000) {
            return significant(value, 3);
        }
        int group = (int) Math.floor(Math.log10(magnitude) / 3);
        if (group >= SUFFIXES.length) {
            return scientific(value);
        }
        double scaled = value / Math.pow(1000, group);
        // 999.96 K rounds to "1000K"; move it to the next suffix instead.
        if (Math.abs(Double.parseDouble(significant(scaled, 3))) >= 1000) {
            group++;
            scaled /= 1000;
            if (group >= SUFFIXES.length) {
                return scientific(value);
            }
        }
        return significant(scaled, 3) + SUFFIXES[group];
    }

    /** FLOPs in scientific notation, trailing zeros dropped: 1e21, 5.76e23. */
    public static String scientific(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        if (value == 0) {
            return "0";
        }
        String text = String.format(Locale.ROOT, "%.2e", value);
        int e = text.indexOf('e');
        String mantissa = text.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
        int exponent = Integer.parseInt(text.substring(e + 1));
        return mantissa + "e" + exponent;
    }

    /** US dollars: $950, $1.2M, $34M, $1.5B. */
    public static String usd(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1000) {
            return "$" + String.format(Locale.ROOT, "%.0f", value);
        }
        int group = Math.min((int) Math.floor(Math.log10(magnitude) / 3), SUFFIXES.length - 1);
        double scaled = value / Math.pow(1000, group);
        String digits = Math.abs(scaled) < 9.95
                ? String.format(Locale.ROOT, "%.1f", scaled)
                : String.format(Locale.ROOT, "%.0f", scaled);
        return "$" + digits + SUFFIXES[group];
    }

    /** A ratio such as how many times over-sized: 3.10x, 0.452x. */
    public static String times(double value) {
        return Double.isFinite(value) ? significant(value, 3) + "\u00D7" : MISSING;
    }

    /** Tokens per parameter and similar plain numbers: 20.3, 1.71, 188. */
    public static String plain(double value) {
        return Double.isFinite(value) ? significant(value, 3) : MISSING;
    }

    /** A loss in nats per token, as {@link QuantityFormat#loss} writes it. */
    public static String loss(double value) {
        return Double.isFinite(value) ? QuantityFormat.loss(value) : MISSING;
    }

    /** {@code digits} significant digits without an exponent, for values below 1e3 after scaling. */
    private static String significant(double value, int digits) {
        if (value == 0) {
            return "0";
        }
        int integerDigits = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
        int decimals = Math.max(0, digits - integerDigits);
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        // Rounding may add a digit (9.996 -> "10.00"); keep the count of significant digits.
        if (decimals > 0 && Math.abs(Double.parseDouble(text)) >= Math.pow(10, integerDigits)) {
            text = String.format(Locale.ROOT, "%." + (decimals - 1) + "f", value);
        }
        return text;
    }
}
