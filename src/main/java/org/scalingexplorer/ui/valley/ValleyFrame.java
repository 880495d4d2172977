package org.scalingexplorer.ui.valley;

import java.util.List;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.surface.SurfaceWindow;

/**
 * One computed state of the loss valley, drawn alike by the 3D surface and the 2D map.
 *
 * <p>Positions are given in a unit box as well as in log10 N / log10 D: {@code u} runs 0..1 across the
 * window's log10 N, {@code v} across its log10 D, and the height 0..1 is the loss on the log scale
 * from the window's lowest to its highest loss (see {@link #height}). The colour coordinate equals the
 * height, so the colour legend and the vertical axis read the same. The arrays belong to the frame and
 * must not be changed.
 *
 * @param boxPoints         (u, v, height) per grid point, row-major (rows along D, columns along N)
 * @param colourCoordinates viridis coordinate 0..1 per grid point, row-major
 * @param contours          iso-loss contour pieces at round losses
 * @param optimalPath       the compute-optimal path inside the window (may be empty)
 * @param isoFlopLines      C = 6ND for each chosen budget that crosses the window
 * @param paramsTicks       whole decades of N in the window: value = exponent, fraction = u
 * @param tokensTicks       whole decades of D in the window: value = exponent, fraction = v
 * @param lossTicks         round losses between the lowest and highest: value = loss, fraction = height
 * @param lossScale         the losses at height 0 and 1: the window's lowest and highest, or the range held
 *                          while the axes are locked (heights then may leave 0..1, colours stay at the ends)
 * @param pathOutside       where the compute-optimal path lies when it misses the window; null when it crosses it
 */
public record ValleyFrame(LawPreset preset, SurfaceWindow window, int columns, int rows, float[] boxPoints,
                          float[] colourCoordinates, double minLoss, double maxLoss, List<Contour> contours,
                          Line optimalPath, OptimumRule pathRule, List<IsoFlopLine> isoFlopLines,
                          List<Tick> paramsTicks, List<Tick> tokensTicks, List<Tick> lossTicks,
                          LossScale lossScale, PathOutside pathOutside) {

    /** Height 0..1 of a loss: log L between the scale's two ends (beyond them when the axes are locked). */
    public record LossScale(double from, double to) {
        public double height(double loss) {
            double span = Math.log(to) - Math.log(from);
            return span > 0 ? (Math.log(loss) - Math.log(from)) / span : 0;
        }
    }

    /**
     * Where the compute-optimal path runs when it misses the window: its optimum at the budget of the
     * window's centre, C = 6 N D there, so a reader knows which way to move the window.
     */
    public record PathOutside(double flops, double params, double tokens) {
    }

    /** A polyline on the surface in log10 N, log10 D, with the loss at each point. */
    public record Line(double[] log10Params, double[] log10Tokens, double[] loss) {
        public int size() {
            return log10Params.length;
        }
    }

    /** One piece of the iso-loss contour L = {@code loss}. */
    public record Contour(double loss, double[] log10Params, double[] log10Tokens, boolean closed) {
    }

    /** The isoFLOP line of one budget, and the lowest loss along its visible part. */
    public record IsoFlopLine(double flops, int log10Flops, Line line, double minimumLog10Params,
                              double minimumLog10Tokens, double minimumLoss, boolean minimumInsideWindow) {
    }

    /** A labelled position along an axis of the box. */
    public record Tick(double value, double fraction) {
    }

    public int pointCount() {
        return columns * rows;
    }

    /** Position 0..1 of log10 N across the window. */
    public double u(double log10Params) {
        return (log10Params - window.log10ParamsMin()) / (window.log10ParamsMax() - window.log10ParamsMin());
    }

    /** Position 0..1 of log10 D across the window. */
    public double v(double log10Tokens) {
        return (log10Tokens - window.log10TokensMin()) / (window.log10TokensMax() - window.log10TokensMin());
    }

    /** Height of a loss on the frame's scale: 0..1 between its ends. */
    public double height(double loss) {
        return lossScale.height(loss);
    }
}
