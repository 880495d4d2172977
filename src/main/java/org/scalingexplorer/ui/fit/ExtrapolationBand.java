package org.scalingexplorer.ui.fit;

import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.fit.Interval;

/**
 * The fitted law carried past the data: {@code estimate} at each {@code x}, with the 95% bootstrap
 * band {@code low}..{@code high} (empty arrays when no bootstrap ran). {@code quantity} says what
 * is plotted: the compute-optimal N (Approaches 3 and 2) or the loss (power law).
 * {@code x} starts at the smallest run and {@code dataMaxX} is the largest, so what lies beyond is
 * extrapolation. {@code targetX} is the target budget, NaN when the x axis is not compute; {@code targetInterval}
 * is null without a bootstrap. {@code support} marks measured points the law was fitted to
 * (Approach 2's isoFLOP vertices), empty otherwise.
 */
public record ExtrapolationBand(Quantity quantity, FitVariable xVariable, double[] x, double[] estimate, double[] low,
                                double[] high, double dataMaxX, double targetX, double targetEstimate,
                                Interval targetInterval, PlotPoints support) {

    /** What the band's y axis shows. */
    public enum Quantity {
        OPTIMAL_PARAMS, LOSS
    }

    public boolean hasBand() {
        return low.length == x.length && x.length > 0;
    }

    public boolean hasTarget() {
        return !Double.isNaN(targetX);
    }
}
