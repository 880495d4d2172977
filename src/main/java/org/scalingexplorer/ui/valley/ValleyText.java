package org.scalingexplorer.ui.valley;

/** Text of the valley's labels that is the same in every language. */
final class ValleyText {
    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private ValleyText() {
    }

    /**
     * "10" with the exponent in Unicode superscript digits, as the decade axes label their ticks: plain
     * glyphs, so a JavaFX label, a chart and a PNG show it alike.
     */
    static String powerOfTen(int exponent) {
        StringBuilder text = new StringBuilder("10");
        for (char c : Integer.toString(exponent).toCharArray()) {
            text.append(c == '-' ? '\u207B' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return text.toString();
    }

    /** "10⁷ – 10¹³" for a window edge pair, with fractional decades to one place ("10^7.5"). */
    static String decadeRange(double from, double to) {
        return decade(from) + " \u2013 " + decade(to);
    }

    static String decade(double log10) {
        double rounded = Math.round(log10 * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return powerOfTen((int) Math.rint(rounded));
        }
        return "10^" + String.format(java.util.Locale.ROOT, "%.1f", rounded);
    }
}
