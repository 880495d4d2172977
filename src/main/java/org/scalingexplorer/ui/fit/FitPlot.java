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
 * before a fit and when the fitted law has no compute-optimal allocation; {@code comparison} the
 * other Approach 3 objective's law when both were fitted, else null. Large files are thinned
 * for drawing: {@code shownRuns} of {@code totalRuns} runs are plotted, every one fitted.
 */
public record FitPlot(FitApproach approach, FitVariable xVariable, double minFlops, double maxFlops,
                      BudgetPoints fitted, BudgetPoints fittedResiduals, PlotPoints heldOut, PlotPoints excluded,
                      PlotPoints heldOutResiduals, PlotPoints excludedResiduals, List<BudgetCurve> curves,
                      PlotPoints lawCurve, PlotPoints vertices, ExtrapolationBand band, int shownRuns, int totalRuns,
                      ComparisonCurve comparison) {

    public FitPlot {
        curves = List.copyOf(curves);
    }

    /** A plot of one fit only, as every approach draws it. */
    public FitPlot(FitApproach approach, FitVariable xVariable, double minFlops, double maxFlops,
                   BudgetPoints fitted, BudgetPoints fittedResiduals, PlotPoints heldOut, PlotPoints excluded,
                   PlotPoints heldOutResiduals, PlotPoints excludedResiduals, List<BudgetCurve> curves,
                   PlotPoints lawCurve, PlotPoints vertices, ExtrapolationBand band, int shownRuns, int totalRuns) {
        this(approach, xVariable, minFlops, maxFlops, fitted, fittedResiduals, heldOut, excluded, heldOutResiduals,
                excludedResiduals, curves, lawCurve, vertices, band, shownRuns, totalRuns, null);
    }

    /** This plot with a second objective's law drawn beside the fitted one. */
    public FitPlot withComparison(ComparisonCurve other) {
        return new FitPlot(approach, xVariable, minFlops, maxFlops, fitted, fittedResiduals, heldOut, excluded,
                heldOutResiduals, excludedResiduals, curves, lawCurve, vertices, band, shownRuns, totalRuns, other);
    }

    public boolean isThinned() {
        return shownRuns < totalRuns;
    }
}
