package org.scalingexplorer.ui.curves;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.scalingexplorer.ui.chart.ViridisColorMap;

/**
 * The colour of each model size, from the smallest (dark violet) to the largest (yellow-green) on
 * the viridis map, evenly in log size; a curve of unknown size is grey. The map stops short of its
 * palest yellow, which vanishes on a white chart.
 */
final class SizeColours {
    private static final double LIGHTEST = 0.88;
    static final Color UNKNOWN = new Color(0x8C959F);

    private final double logMin;
    private final double logMax;

    SizeColours(List<Double> sizes) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double size : sizes) {
            if (size > 0) {
                min = Math.min(min, Math.log(size));
                max = Math.max(max, Math.log(size));
            }
        }
        logMin = min;
        logMax = max;
    }

    Color of(double params) {
        if (!(params > 0) || Double.isInfinite(logMin)) {
            return UNKNOWN;
        }
        double t = logMax > logMin ? (Math.log(params) - logMin) / (logMax - logMin) : 0.5;
        return new Color(ViridisColorMap.rgb(t * LIGHTEST));
    }

    /** "12M", "400M", "1.2B": how a size reads in a legend. */
    static String label(double params) {
        if (!(params > 0)) {
            return "?";
        }
        if (params >= 1e9) {
            return trim(String.format(Locale.ROOT, "%.1f", params / 1e9)) + "B";
        }
        if (params >= 1e6) {
            return trim(String.format(Locale.ROOT, params >= 1e8 ? "%.0f" : "%.1f", params / 1e6)) + "M";
        }
        return trim(String.format(Locale.ROOT, "%.1f", params / 1e3)) + "K";
    }

    private static String trim(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }
}
