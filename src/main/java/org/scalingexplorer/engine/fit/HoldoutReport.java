package org.scalingexplorer.engine.fit;

import java.util.List;

/**
 * How a fit on the training runs predicts the held-out ones: mean and largest relative error, and
 * {@code coverage95}, the share of held-out runs whose loss falls inside its 95% prediction interval
 * (about 0.95 when the intervals are honest).
 */
public record HoldoutReport(HoldoutSpec spec, int trainRuns, List<HeldOutPrediction> runs) {

    public HoldoutReport {
        runs = List.copyOf(runs);
    }

    public int nRuns() {
        return runs.size();
    }

    public double meanRelError() {
        return runs.stream().mapToDouble(HeldOutPrediction::relativeError).average().orElse(Double.NaN);
    }

    public double maxRelError() {
        return runs.stream().mapToDouble(HeldOutPrediction::relativeError).max().orElse(Double.NaN);
    }

    public double coverage95() {
        return runs.stream().filter(HeldOutPrediction::insideInterval).count() / (double) runs.size();
    }
}
