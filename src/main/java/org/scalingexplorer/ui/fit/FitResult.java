package org.scalingexplorer.ui.fit;

import java.util.List;
import org.scalingexplorer.engine.fit.BootstrapResult;
import org.scalingexplorer.engine.fit.HoldoutResult;

/**
 * The outcome of one fit as the view shows it. {@code parameters} are the law's constants and
 * exponents; {@code extrapolation} the predictions at {@code targetFlops}. {@code converged} and
 * {@code status} come from the engine ("did not converge: ..." when the minimiser gave up);
 * {@code holdout} and {@code bootstrap} are null when not asked for; {@code skippedGroups} lists
 * Approach 2's budgets that gave no parabola, and why. {@code comparison} holds the other
 * objective's fit when both were asked for, else null; {@code approach3} what the next-run advisor
 * starts from, null for the other approaches.
 */
public record FitResult(FitRequest request, int fittedRuns, int excludedRuns, List<ParameterEstimate> parameters,
                        List<ParameterEstimate> extrapolation, boolean converged, String status,
                        HoldoutResult holdout, BootstrapResult bootstrap, List<String> skippedGroups, FitPlot plot,
                        FitComparison comparison, FittedApproach3 approach3) {

    public FitResult {
        parameters = List.copyOf(parameters);
        extrapolation = List.copyOf(extrapolation);
        skippedGroups = List.copyOf(skippedGroups);
    }

    /** Whether an Approach 3 fit with a compute-optimal law exists, so next runs can be suggested. */
    public boolean canAdviseNextRuns() {
        return approach3 != null && approach3.fit().law().isPresent();
    }

    public ParameterEstimate parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst()
                .or(() -> extrapolation.stream().filter(p -> p.key().equals(key)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("the fit has no " + key));
    }
}
