package org.scalingexplorer.ui.fit;

import java.util.List;
import org.scalingexplorer.engine.fit.FitVariable;

/**
 * Everything the Fit view's charts draw, for loaded runs before a fit and for a fit. Large files are
 * thinned for drawing: {@code shownRuns} of {@code totalRuns} runs are plotted, every one fitted.
 * {@code lawCurve} is the fitted law in the data chart (the compute-optimal frontier of Approach 3,
 * the power law itself); {@code vertices} are Approach 2's isoFLOP minima; {@code band} is null
 * before a fit and when the fitted law has no compute-optimal allocation.
 */
public record FitPlot(FitVariable xVariable, List<GroupSeries> groups, PlotPoints heldOut, PlotPoints excluded,
                      PlotPoints heldOutResiduals, PlotPoints excludedResiduals, PlotPoints lawCurve,
                      PlotPoints vertices, ExtrapolationBand band, int shownRuns, int totalRuns) {

    public FitPlot {
        groups = List.copyOf(groups);
    }
}
