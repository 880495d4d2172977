package org.scalingexplorer.ui.fit;

import java.util.List;
import org.scalingexplorer.engine.fit.BootstrapResult;
import org.scalingexplorer.engine.fit.HoldoutResult;

/**
 * The outcome of one fit as the view shows it. {@code parameters} are the law's constants and
 * exponents; {@code extrapolation} the predictions at {@code targetFlops}. {@code converged} and
 * {@code status} come from the engine ("did not converge: ..." when the minimiser gave up);
 * {@code holdout} and {@code bootstrap} are null when not asked for; {@code skippedGroups} lists
 * Approach 2's budgets that gave no parabola, and why.
 */
public record FitResult(FitRequest request, int fittedRuns, int excludedRuns, List<ParameterEstimate> parameters,
                        List<ParameterEstimate> extrapolation, boolean converged, String status,
                        HoldoutResult holdout, BootstrapResult bootstrap, List<String> skippedGroups, FitPlot plot) {

    public FitResult {
        parameters = List.copyOf(parameters);
        extrapolation = List.copyOf(extrapolation);
        skippedGroups = List.copyOf(skippedGroups);
    }

    public ParameterEstimate parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst()
                .or(() -> extrapolation.stream().filter(p -> p.key().equals(key)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("the fit has no " + key));
    }
}
