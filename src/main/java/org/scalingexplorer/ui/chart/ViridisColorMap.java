package org.scalingexplorer.ui.chart;

/**
 * The viridis colour map (van der Walt and Smith, matplotlib; released CC0) as plain data: dark blue
 * for low values through teal and green to yellow for high ones. Its lightness rises steadily, so it
 * reads correctly in grey and for the common colour-vision deficiencies. Nine published stops
 * (matplotlib's viridis at 0, 1/8, ..., 1) interpolated linearly; no JavaFX or AWT, so the engine's
 * callers, exporters and tests can use it headless.
 */
public final class ViridisColorMap {

    /** matplotlib's viridis at t = 0, 1/8, ..., 1, as 0xRRGGBB. */
    private static final int[] STOPS = {
        0x440154, 0x472C7A, 0x3B518B, 0x2C718E, 0x21908D, 0x27AD81, 0x5CC863, 0xAADC32, 0xFDE725,
    };

    private ViridisColorMap() {
    }

    /** The colour at {@code t} in 0..1 (clamped; NaN maps to 0) as 0xRRGGBB. */
    public static int rgb(double t) {
        double position = clamp(t) * (STOPS.length - 1);
        int lower = Math.min((int) position, STOPS.length - 2);
        double fraction = position - lower;
        int a = STOPS[lower];
        int b = STOPS[lower + 1];
        return (channel(a, 16, b, fraction) << 16) | (channel(a, 8, b, fraction) << 8) | channel(a, 0, b, fraction);
    }

    /** The colour of {@code value} on a scale from {@code min} to {@code max}, as 0xRRGGBB. */
    public static int rgb(double value, double min, double max) {
        return rgb(max > min ? (value - min) / (max - min) : 0);
    }

    /** The colour at {@code t} as {red, green, blue}, each in 0..1. */
    public static double[] rgbFractions(double t) {
        int rgb = rgb(t);
        return new double[] {((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0};
    }

    /** Colours every value of {@code values} on the scale {@code min}..{@code max} into {@code target}. */
    public static void fill(double[] values, double min, double max, int[] target) {
        if (target.length < values.length) {
            throw new IllegalArgumentException("target holds " + target.length + " colours, need " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            target[i] = rgb(values[i], min, max);
        }
    }

    private static double clamp(double t) {
        if (!(t > 0)) {
            return 0;
        }
        return Math.min(t, 1);
    }

    private static int channel(int a, int shift, int b, double fraction) {
        int from = (a >> shift) & 0xFF;
        int to = (b >> shift) & 0xFF;
        return (int) Math.round(from + (to - from) * fraction);
    }
}
