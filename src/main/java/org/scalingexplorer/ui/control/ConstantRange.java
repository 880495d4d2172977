package org.scalingexplorer.ui.control;

import org.scalingexplorer.engine.law.ConstantBounds;

/** How far a constant's slider reaches, and whether it moves in log10 steps. */
public record ConstantRange(double min, double max, boolean logScale) {

    /**
     * The range of a constant that has a slider; empty for the ones kept fixed (Kaplan's compute law).
     * The engine's {@link ConstantBounds} holds the ranges, so session files and lessons are checked
     * against the same ones.
     */
    public static java.util.Optional<ConstantRange> forKey(String key) {
        return ConstantBounds.of(key).filter(ConstantBounds::slider)
                .map(bounds -> new ConstantRange(bounds.min(), bounds.max(), bounds.logScale()));
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
