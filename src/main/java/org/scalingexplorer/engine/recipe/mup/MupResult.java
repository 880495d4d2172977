package org.scalingexplorer.engine.recipe.mup;

import java.util.List;

/**
 * A finished sweep: per parametrisation, one loss-against-learning-rate curve per width.
 *
 * @param grid            what was trained
 * @param standard        curves under the standard parametrisation, by ascending width
 * @param mup             curves under muP, by ascending width
 * @param divergedLoss    the loss recorded for a run that diverged: that of predicting 0
 * @param seconds         wall time of the sweep
 */
public record MupResult(MupGrid grid, List<WidthCurve> standard, List<WidthCurve> mup, double divergedLoss,
                        double seconds) {

    public MupResult {
        standard = List.copyOf(standard);
        mup = List.copyOf(mup);
    }

    public List<WidthCurve> curves(Parametrization parametrization) {
        return parametrization == Parametrization.STANDARD ? standard : mup;
    }

    /**
     * Best learning rate of the narrowest width over that of the widest: how far the optimum moves
     * as the network widens (1 means it stays put; 8 means the widest wants an eighth of the rate).
     */
    public double bestRateDrift(Parametrization parametrization) {
        List<WidthCurve> curves = curves(parametrization);
        return curves.get(0).bestLearningRate() / curves.get(curves.size() - 1).bestLearningRate();
    }

    /** The largest number of grid steps between the best rates of any two widths. */
    public int bestRateSpreadInSteps(Parametrization parametrization) {
        int lowest = Integer.MAX_VALUE;
        int highest = Integer.MIN_VALUE;
        for (WidthCurve curve : curves(parametrization)) {
            lowest = Math.min(lowest, curve.bestIndex());
            highest = Math.max(highest, curve.bestIndex());
        }
        return highest - lowest;
    }
}
