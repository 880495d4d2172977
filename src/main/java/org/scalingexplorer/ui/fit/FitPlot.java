package org.scalingexplorer.ui.fit;

import java.util.List;
import org.scalingexplorer.engine.fit.FitVariable;

/**
 * Everything the Fit view's charts draw, for loaded runs before a fit ({@code approach} null) and
 * for a fit. Points and curves are coloured by compute budget on one scale from {@code minFlops} to
 * {@code maxFlops}. {@code fitted} are the runs in the fit (all runs before one) and
 * {@code fittedResiduals} their ln(L / L_fit); {@code curves} the fitted isoFLOP curves;
 * {@code lawCurve} the fitted law in the data chart (Approach 3's compute-optimal frontier, the power
 * law itself); {@code vertices} Approach 2's isoFLOP minima; {@code band} the extrapolation, null
 * before a fit and when the fitted law has no compute-optimal allocation. Large files are thinned
 * for drawing: {@code shownRuns} of {@code totalRuns} runs are plotted, every one fitted.
 */
public record FitPlot(FitApproach approach, FitVariable xVariable, double minFlops, double maxFlops,
                      BudgetPoints fitted, BudgetPoints fittedResiduals, PlotPoints heldOut, PlotPoints excluded,
                      PlotPoints heldOutResiduals, PlotPoints excludedResiduals, List<BudgetCurve> curves,
                      PlotPoints lawCurve, PlotPoints vertices, ExtrapolationBand band, int shownRuns, int totalRuns) {

    public FitPlot {
        curves = List.copyOf(curves);
    }

    public boolean isThinned() {
        return shownRuns < totalRuns;
    }
}
