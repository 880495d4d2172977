package org.scalingexplorer.engine.law;

import java.util.Map;
import java.util.Optional;
import org.scalingexplorer.engine.PhysicalRange;

/**
 * How far each law constant may go: the reach of its slider, and the range a session file or a
 * lesson may set. One source for the sliders and the readers, so a file can never hold a law the
 * sliders could not make (and that the charts were never made to draw: exponents near 0, A = 1e300).
 *
 * @param min      smallest value
 * @param max      largest value
 * @param logScale whether the slider moves in decades
 * @param slider   whether the constant has a slider; Kaplan's compute law is fixed in the app
 */
public record ConstantBounds(double min, double max, boolean logScale, boolean slider) {

    private static final Map<String, ConstantBounds> BY_KEY = Map.ofEntries(
            Map.entry(ChinchillaLaw.E, new ConstantBounds(0, 4, false, true)),
            Map.entry(ChinchillaLaw.A, new ConstantBounds(1, 1e5, true, true)),
            Map.entry(ChinchillaLaw.B, new ConstantBounds(1, 1e5, true, true)),
            Map.entry(ChinchillaLaw.ALPHA, new ConstantBounds(0.05, 1.0, false, true)),
            Map.entry(ChinchillaLaw.BETA, new ConstantBounds(0.05, 1.0, false, true)),
            Map.entry(KaplanLaw.ALPHA_N, new ConstantBounds(0.01, 0.3, false, true)),
            Map.entry(KaplanLaw.ALPHA_D, new ConstantBounds(0.01, 0.3, false, true)),
            Map.entry(KaplanLaw.N_C, new ConstantBounds(1e10, 1e16, true, true)),
            Map.entry(KaplanLaw.D_C, new ConstantBounds(1e10, 1e16, true, true)),
            // No slider: Kaplan's L(C_min) fit (alpha_C = 0.050, C_c = 3.1e8 PF-days), kept within a factor
            // of a thousand either way.
            Map.entry(KaplanLaw.ALPHA_C_MIN, new ConstantBounds(0.005, 0.5, false, false)),
            Map.entry(KaplanLaw.C_C_MIN, new ConstantBounds(3.1e5, 3.1e11, true, false)));

    /** The bounds of a constant, by its key in a law ({@code alpha}, {@code N_c}); empty for an unknown key. */
    public static Optional<ConstantBounds> of(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    public boolean contains(double value) {
        return Double.isFinite(value) && value >= min && value <= max && (!logScale || value > 0);
    }

    /** Why {@code value} is refused for this constant, or null when it is accepted. */
    public String problem(double value) {
        if (contains(value)) {
            return null;
        }
        return "must be between " + PhysicalRange.format(min) + " and " + PhysicalRange.format(max)
                + (slider ? " (the reach of its slider)" : "") + ", got " + PhysicalRange.format(value);
    }

    /**
     * Checks every constant of {@code law}; the first one out of bounds is refused with its key and
     * range. The published presets all lie inside.
     */
    public static void requireWithin(ScalingLaw law) {
        for (LawConstant constant : law.constants()) {
            of(constant.key()).ifPresent(bounds -> {
                String problem = bounds.problem(constant.value());
                if (problem != null) {
                    throw new IllegalArgumentException(constant.key() + " " + problem);
                }
            });
        }
    }
}
