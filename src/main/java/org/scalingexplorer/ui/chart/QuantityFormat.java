package org.scalingexplorer.ui.chart;

import java.util.Locale;

/** How numbers of very different sizes read on screen: 406.4, 0.34, 8.8e13. */
public final class QuantityFormat {
    private QuantityFormat() {
    }

    /** A law constant, with enough digits to restore it from the text field. */
    public static String constant(double value) {
        double magnitude = Math.abs(value);
        if (value == 0) {
            return "0";
        }
        if (magnitude >= 1e5 || magnitude < 1e-3) {
            return String.format(Locale.ROOT, "%.4g", value).replace("e+", "e");
        }
        return stripZeros(String.format(Locale.ROOT, "%.5f", value));
    }

    /** A count such as parameters, tokens or FLOPs: 3.22e10. */
    public static String count(double value) {
        return String.format(Locale.ROOT, "%.3g", value).replace("e+", "e");
    }

    /** A loss in nats per token. */
    public static String loss(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String stripZeros(String fixed) {
        if (!fixed.contains(".")) {
            return fixed;
        }
        String stripped = fixed.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
