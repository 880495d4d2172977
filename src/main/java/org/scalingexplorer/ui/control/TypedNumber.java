package org.scalingexplorer.ui.control;

import java.util.Locale;
import java.util.Optional;

/** Numbers as people type them into fields: "406.4", "8.8e13", "0,34", "2T", "5.76e23 FLOPs". */
public final class TypedNumber {
    private TypedNumber() {
    }

    /** A finite number in plain or scientific notation, a comma allowed as the decimal mark; empty otherwise. */
    public static Optional<Double> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(typed.strip().replace(',', '.'));
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A whole number (long) as {@link #parse} reads it, such as "1e3"; empty for a fraction. */
    public static Optional<Long> parseWhole(String typed) {
        return parse(typed).filter(value -> value == Math.rint(value) && Math.abs(value) <= Long.MAX_VALUE / 2)
                .map(Double::longValue);
    }

    /**
     * A number with an optional magnitude suffix (K, M, B, T) and an optional unit word, such as
     * "5.76e23", "5.76e23 FLOPs", "2T" or "1,5e12".
     */
    public static Optional<Double> parseQuantity(String typed, String unit) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace(" ", "");
        if (text.endsWith(unit)) {
            text = text.substring(0, text.length() - unit.length());
        }
        double scale = 1;
        if (!text.isEmpty()) {
            switch (text.charAt(text.length() - 1)) {
                case 'k' -> scale = 1e3;
                case 'm' -> scale = 1e6;
                case 'b' -> scale = 1e9;
                case 't' -> scale = 1e12;
                default -> scale = 1;
            }
            if (scale != 1) {
                text = text.substring(0, text.length() - 1);
            }
        }
        double factor = scale;
        return parse(text).map(value -> value * factor).filter(Double::isFinite);
    }
}
