package org.scalingexplorer.ui.fit;

import java.util.List;
import java.util.Optional;
import org.scalingexplorer.engine.fit.ParameterEstimate;

/**
 * Approach 3 fitted twice to the same runs, once per objective: the shown fit's constants
 * ({@code primary}) beside those of the other objective ({@code other}), which has no bootstrap.
 * {@code otherConverged} and {@code otherStatus} are the engine's word on the second fit.
 */
public record FitComparison(Approach3Objective primaryObjective, Approach3Objective otherObjective,
                            List<ParameterEstimate> primary, List<ParameterEstimate> other, boolean otherConverged,
                            String otherStatus) {

    public FitComparison {
        primary = List.copyOf(primary);
        other = List.copyOf(other);
    }

    /** The other fit's value of {@code key}, if it has one (a non-positive exponent gives no allocation). */
    public Optional<ParameterEstimate> otherParameter(String key) {
        return other.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
