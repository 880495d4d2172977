package org.scalingexplorer.ui.control;

import java.util.Map;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.KaplanLaw;

/** How far a constant's slider reaches, and whether it moves in log10 steps. */
public record ConstantRange(double min, double max, boolean logScale) {

    private static final Map<String, ConstantRange> SLIDER_RANGES = Map.of(
            ChinchillaLaw.E, new ConstantRange(0, 4, false),
            ChinchillaLaw.A, new ConstantRange(1, 1e5, true),
            ChinchillaLaw.B, new ConstantRange(1, 1e5, true),
            ChinchillaLaw.ALPHA, new ConstantRange(0.05, 1.0, false),
            ChinchillaLaw.BETA, new ConstantRange(0.05, 1.0, false),
            KaplanLaw.ALPHA_N, new ConstantRange(0.01, 0.3, false),
            KaplanLaw.ALPHA_D, new ConstantRange(0.01, 0.3, false),
            KaplanLaw.N_C, new ConstantRange(1e10, 1e16, true),
            KaplanLaw.D_C, new ConstantRange(1e10, 1e16, true));

    /** The range of a constant that has a slider; empty for the ones kept fixed (Kaplan's compute law). */
    public static java.util.Optional<ConstantRange> forKey(String key) {
        return java.util.Optional.ofNullable(SLIDER_RANGES.get(key));
    }

    public double sliderMin() {
        return toSlider(min);
    }

    public double sliderMax() {
        return toSlider(max);
    }

    public double toSlider(double value) {
        double clamped = Math.max(min, Math.min(max, value));
        return logScale ? Math.log10(clamped) : clamped;
    }

    public double fromSlider(double position) {
        return logScale ? Math.pow(10, position) : position;
    }

    /**
     * A typed value in plain or scientific notation ("406.4", "8.8e13", "0,34"); empty when the text
     * is not a number or lies outside the range.
     */
    public java.util.OptionalDouble parse(String typed) {
        return TypedNumber.parse(typed).filter(this::contains)
                .map(java.util.OptionalDouble::of).orElse(java.util.OptionalDouble.empty());
    }

    public boolean contains(double value) {
        return Double.isFinite(value) && value >= min && value <= max && (!logScale || value > 0);
    }
}
